/**
 * The facts of handled matters that the analysis subdomains read (risk reports, early warning,
 * evaluation): one {@link org.db3311.sgc.core.facts.MatterFact} per matter, behind the {@link
 * org.db3311.sgc.core.facts.CaseFactSource} port, so that analysis never reads casework aggregates
 * directly.
 */
package org.db3311.sgc.core.facts;
