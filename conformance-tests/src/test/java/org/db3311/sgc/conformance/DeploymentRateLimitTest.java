package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The kit's client waits when a deployment answers 429 with Retry-After")
class DeploymentRateLimitTest {

  private static HttpServer server(int refusals, String retryAfter, AtomicInteger calls)
      throws Exception {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    s.createContext(
        "/",
        ex -> {
          int n = calls.incrementAndGet();
          byte[] body =
              (n <= refusals ? "{\"status\":429}" : "{\"ok\":true}")
                  .getBytes(StandardCharsets.UTF_8);
          if (n <= refusals) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
          }
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(n <= refusals ? 429 : 200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    s.start();
    return s;
  }

  @Test
  void a_refusal_with_a_short_wait_is_retried_after_it() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer s = server(2, "1", calls);
    try {
      long t0 = System.nanoTime();
      Deployment.Answer a =
          new Deployment(URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/"))
              .get("/api/v1/rechecks");
      assertThat(a.status()).isEqualTo(200);
      assertThat(calls).hasValue(3);
      assertThat((System.nanoTime() - t0) / 1_000_000).as("waited as told").isGreaterThan(1900);
    } finally {
      s.stop(0);
    }
  }

  @Test
  void a_refusal_asking_for_too_long_a_wait_is_reported_as_it_is() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer s = server(1, "3600", calls);
    try {
      Deployment.Answer a =
          new Deployment(URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/"))
              .get("/api/v1/rechecks");
      assertThat(a.status()).isEqualTo(429);
      assertThat(calls).hasValue(1);
    } finally {
      s.stop(0);
    }
  }
}
