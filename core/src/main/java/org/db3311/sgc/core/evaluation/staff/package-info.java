/**
 * Evaluation of the center's staff over a span of days: attendance, service quality and compliance
 * with the center's daily rules.
 */
package org.db3311.sgc.core.evaluation.staff;
