/**
 * The inspection tenant over HTTP: its clock, set and moved on, and its data, counted and removed,
 * for the conformance kit (检查工具).
 */
package org.db3311.sgc.server.inspection;
