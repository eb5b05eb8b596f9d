/**
 * Guidance of grassroots units (基层指导): tasks taken on from upper levels, passed to townships and
 * villages with due dates, tracked to verification by the center.
 */
package org.db3311.sgc.core.guidance;
