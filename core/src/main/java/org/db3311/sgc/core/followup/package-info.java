/**
 * Result notification and follow-up of closed matters (反馈回访): every party told the result,
 * satisfaction surveyed if the center chooses, and a dissatisfied answer possibly reopening the
 * matter.
 */
package org.db3311.sgc.core.followup;
