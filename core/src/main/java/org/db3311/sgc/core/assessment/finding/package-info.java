/** Findings of an assessment: per clause a verdict with the facts that support it. */
package org.db3311.sgc.core.assessment.finding;
