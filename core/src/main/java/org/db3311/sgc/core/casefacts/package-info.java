/**
 * The projection from casework to the analysis read model of {@link org.db3311.sgc.core.facts}:
 * subscribed to the domain events, it keeps one fact per matter (applicants by pseudonymous key
 * only) and has a closed matter's electronic file assembled and sealed. Replaying an event changes
 * nothing, so the facts can be rebuilt from an event log.
 */
package org.db3311.sgc.core.casefacts;
