/**
 * Evaluation metrics (ruling R8): versioned metric definitions, the figures computed from analysis
 * facts per department and period, annual assessment sheets and published figures.
 */
package org.db3311.sgc.core.evaluation;
