/**
 * Corrective actions (整改) for findings of evaluations and assessments, with recheck deadlines and a
 * published recheck board.
 */
package org.db3311.sgc.core.evaluation.improvement;
