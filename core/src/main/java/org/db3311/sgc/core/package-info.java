/**
 * The core's entry point: {@link org.db3311.sgc.core.GovernanceCenter} wires every casework service
 * and its subscriptions over the ports a product supplies. Start here; the subdomain packages hold
 * the services, use cases and ports it wires.
 */
package org.db3311.sgc.core;
