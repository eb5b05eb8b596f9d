package org.db3311.sgc.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.server.problem.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Holds each client of the {@link PublicEndpoint public endpoints} to a token bucket: {@code
 * sgc.public.rate-limit.per-minute} requests a minute (default 60; 0 turns the limit off), up to
 * {@code sgc.public.rate-limit.burst} at once (default 20). Past it the client is answered 429 with
 * {@code Retry-After}, before any work is done. Callers with a valid token are not counted: the
 * limit is for the public. A client is its address, or, behind a proxy the deployment trusts, the
 * first address of the header named by {@code sgc.public.rate-limit.client-header} (e.g. {@code
 * X-Forwarded-For}; unset by default, since a client could otherwise pick its own key). Buckets are
 * kept for up to {@value #CLIENTS} clients; one instance counts its own requests only.
 */
@Provider
@PublicEndpoint
@Priority(Priorities.USER)
public class PublicRateLimit implements ContainerRequestFilter {

  static final int CLIENTS = 10_000;

  /** Where Helidon's Jersey integration leaves the peer's address on the request. */
  private static final String REMOTE_HOST = "io.helidon.jaxrs.remote-host";

  private final long perMinute;
  private final long burst;
  private final Optional<String> clientHeader;
  private final int trustedProxies;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(CLIENTS).build();

  private final Instance<JsonWebToken> token;

  @Inject
  public PublicRateLimit(Config config, Instance<JsonWebToken> token) {
    this.token = token;
    this.perMinute =
        config.getOptionalValue("sgc.public.rate-limit.per-minute", Long.class).orElse(60L);
    this.burst = config.getOptionalValue("sgc.public.rate-limit.burst", Long.class).orElse(20L);
    this.clientHeader =
        config
            .getOptionalValue("sgc.public.rate-limit.client-header", String.class)
            .filter(h -> !h.isBlank());
    this.trustedProxies =
        config.getOptionalValue("sgc.public.rate-limit.trusted-proxies", Integer.class).orElse(1);
    if (perMinute < 0 || burst < 1 || trustedProxies < 1) {
      throw new IllegalArgumentException(
          "sgc.public.rate-limit.per-minute must be 0 (off) or more and"
              + " sgc.public.rate-limit.burst and sgc.public.rate-limit.trusted-proxies 1 or"
              + " more");
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (perMinute == 0 || signedIn()) {
      return; // staff with a valid token are not the public
    }
    ConsumptionProbe probe = bucket(client(request)).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return;
    }
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    request.abortWith(
        Response.status(429)
            .type(Problem.MEDIA_TYPE)
            .header("Retry-After", seconds)
            .entity(
                new Problem(
                    URI.create("urn:db3311:problem:too-many-requests"),
                    "Too many requests",
                    429,
                    "This endpoint is open to everyone, "
                        + perMinute
                        + " requests a minute per client; try again in "
                        + seconds
                        + " s.",
                    List.of()))
            .build());
  }

  private Bucket bucket(String client) {
    return buckets.get(
        client,
        c ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
  }

  private boolean signedIn() {
    try {
      JsonWebToken jwt = token.get();
      return jwt != null && jwt.getSubject() != null;
    } catch (RuntimeException e) {
      return false; // no token in this request's scope
    }
  }

  private String client(ContainerRequestContext request) {
    if (clientHeader.isPresent()) {
      String forwarded = request.getHeaderString(clientHeader.get());
      if (forwarded != null && !forwarded.isBlank()) {
        // proxies append the address they saw; what the client itself sent comes first and can be
        // anything, so the client is the entry the nearest trusted proxies wrote
        String[] hops = forwarded.split(",");
        return hops[Math.max(0, hops.length - trustedProxies)].strip();
      }
    }
    Object peer = request.getProperty(REMOTE_HOST);
    return peer == null ? "unknown" : peer.toString();
  }
}
