/**
 * The conformance kit: {@link org.db3311.sgc.conformance.ConformanceKit} checks any deployment over
 * HTTP and writes a report with one line per requirement clause. It talks HTTP only and needs none
 * of the deployment's classes.
 */
package org.db3311.sgc.conformance;
