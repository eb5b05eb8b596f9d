/**
 * Gateways to other bodies over HTTP (JDK {@code java.net.http.HttpClient}, JSON with Jakarta
 * JSON-P): {@link org.db3311.sgc.adapter.gateway.HttpCityCenterGateway} (events reported up,
 * 6.3.1.2), {@link org.db3311.sgc.adapter.gateway.HttpCountyCenterGateway} (events transferred to
 * another county, R12), {@link org.db3311.sgc.adapter.gateway.HttpResultReporter} (result reports,
 * 6.3.1.3), {@link org.db3311.sgc.adapter.gateway.HttpOnlineFilingGateway} (online litigation
 * filing, 6.2.1.1.2) and {@link org.db3311.sgc.adapter.gateway.HttpSourcePlatformGateway} (results
 * back to the source platforms, 6.1.1.2.2).
 *
 * <p>Every exchange is a JSON {@code POST} with a bearer token and an {@code Idempotency-Key}
 * derived from the domain reference, tried again with backoff on outages, timeouts and 5xx, never
 * on a 4xx refusal, which becomes a {@link org.db3311.sgc.adapter.gateway.GatewayRefusedException}.
 * The contracts are OpenAPI 3.1 documents in the repository's {@code docs/gateways/}. Each gateway
 * is built from plain properties ({@link org.db3311.sgc.adapter.gateway.GatewaySettings}) and
 * reports whether its bodies are reachable ({@link
 * org.db3311.sgc.adapter.gateway.ReachabilityCheck}).
 *
 * <p>The gateways keep no state and are safe to share between threads and to run in several
 * instances of the center: applying a call once is the receiver's part, by the idempotency key.
 */
package org.db3311.sgc.adapter.gateway;
