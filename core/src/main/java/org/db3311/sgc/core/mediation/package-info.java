/**
 * Mediation of disputes (调解): suitability, consent, routing to a mediation organisation, sessions
 * on site or by video, records, agreements and online judicial confirmation filing, with the
 * supervision deadlines of each step.
 */
package org.db3311.sgc.core.mediation;
