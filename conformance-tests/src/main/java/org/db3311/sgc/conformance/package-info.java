/**
 * The conformance kit: {@link org.db3311.sgc.conformance.ConformanceKit} (command line) and {@link
 * org.db3311.sgc.conformance.KitRun} check any deployment over HTTP, clause by clause, with the
 * verdicts of {@link org.db3311.sgc.conformance.Verdict} and the coverage matrix of {@link
 * org.db3311.sgc.conformance.CoverageMatrix}. It talks HTTP only and needs none of the deployment's
 * classes.
 */
package org.db3311.sgc.conformance;
