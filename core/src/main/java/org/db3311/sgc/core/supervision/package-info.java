/**
 * Supervision (督办) of every handling step on the working-day calendar: supervision files, step
 * deadlines with pauses and extensions, escalating notices and the unified view across subdomains.
 */
package org.db3311.sgc.core.supervision;
