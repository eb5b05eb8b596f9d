/**
 * Epidemic-control command: epidemic-related matters in a closed loop under the mode in force
 * (peacetime or wartime), mode switches that change the time limits of open matters, and the
 * exercise log.
 */
package org.db3311.sgc.core.epidemic;
