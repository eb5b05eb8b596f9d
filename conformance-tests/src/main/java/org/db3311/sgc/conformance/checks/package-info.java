/**
 * The kit's checks, each naming the clause it checks: first the prerequisites (the deployment is
 * healthy and publishes the standard's clause catalog), then the clause checks.
 */
package org.db3311.sgc.conformance.checks;
