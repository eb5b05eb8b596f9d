/**
 * The Poisson surge detector used by early warning: a test of whether a day's count exceeds what
 * the recent baseline makes likely.
 */
package org.db3311.sgc.core.warning.surge;
