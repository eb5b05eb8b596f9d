/**
 * The kit's report directory: JSON, JUnit XML, HTML in English and Chinese, redacted evidence, and
 * a manifest signed with Ed25519 that {@link org.db3311.sgc.conformance.report.ReportVerifier}
 * checks offline.
 */
package org.db3311.sgc.conformance.report;
