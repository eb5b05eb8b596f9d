package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/public-rate-limit")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.public.rate-limit.per-minute", value = "1")
@AddConfig(key = "sgc.public.rate-limit.burst", value = "3")
@AddConfig(key = "sgc.public.rate-limit.client-header", value = "X-Forwarded-For")
@DisplayName("Public endpoints: each client held to its share (429 with Retry-After), staff not")
class PublicRateLimitApiTest {

  @Inject WebTarget target;

  /** What a client puts first in the header changes at each request: it must not matter. */
  private int invented;

  private Response publicly(String client) {
    return target
        .path("/api/v1/rechecks")
        .queryParam("county", "331102")
        .request()
        .header("X-Forwarded-For", "10.9.9." + (invented++ % 250) + ", " + client)
        .get();
  }

  @Test
  void past_the_burst_a_client_waits_and_is_told_how_long() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Response r = publicly("198.51.100.7");
      statuses.add(r.getStatus());
      r.close();
    }
    assertThat(statuses).containsOnly(200);

    Response refused = publicly("198.51.100.7");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.getHeaderString(HttpHeaders.RETRY_AFTER)))
        .as("a refill of one a minute is due within the minute")
        .isBetween(1L, 61L);
    JsonObject problem =
        Json.createReader(new StringReader(refused.readEntity(String.class))).readObject();
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(problem.getString("type")).isEqualTo("urn:db3311:problem:too-many-requests");

    Response other = publicly("203.0.113.9");
    assertThat(other.getStatus()).as("another client has its own bucket").isEqualTo(200);
    other.close();
  }

  @Test
  void the_public_follow_page_of_matters_is_held_to_the_same_share() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Response r =
          target
              .path("/public/matters")
              .request()
              .header("X-Forwarded-For", "198.51.100.77, 10.0.0.1")
              .post(
                  jakarta.ws.rs.client.Entity.form(
                      new jakarta.ws.rs.core.Form()
                          .param("number", "331102-20200101-0001")
                          .param("code", "ZZZZZZZZ")));
      statuses.add(r.getStatus());
      r.close();
    }
    // a guess of the follow code costs a share like any public request
    assertThat(statuses).containsExactly(404, 404, 404, 429);
  }

  @Test
  void the_public_feedback_and_recheck_pages_are_held_to_the_same_share() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Response r =
          target
              .path("/public/feedback/follow")
              .request()
              .header("X-Forwarded-For", "10.0.0.2, 198.51.100.88")
              .post(
                  jakarta.ws.rs.client.Entity.form(
                      new jakarta.ws.rs.core.Form()
                          .param("county", "331102")
                          .param("ticket", "FB-2026-00001")
                          .param("code", "ZZZZZZZZ")));
      statuses.add(r.getStatus());
      r.close();
    }
    for (String path : List.of("/public/rechecks", "/public/feedback")) {
      Response r =
          target
              .path(path)
              .queryParam("county", "331102")
              .request()
              .header("X-Forwarded-For", "198.51.100.88")
              .get();
      statuses.add(r.getStatus());
      r.close();
    }
    // a guess of a ticket's code costs a share, and so do the pages around it
    assertThat(statuses).containsExactly(404, 404, 200, 429);
  }

  @Test
  void staff_with_a_token_are_not_counted() {
    String supervisor = Api.token("331102", Roles.SUPERVISOR);
    for (int i = 0; i < 6; i++) {
      Response r =
          target
              .path("/api/v1/rechecks")
              .queryParam("county", "331102")
              .request()
              .header("X-Forwarded-For", "192.0.2.44")
              .header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisor)
              .get();
      assertThat(r.getStatus()).as("request %s", i).isEqualTo(200);
      r.close();
    }
  }

  @Test
  void an_invalid_token_is_counted_as_the_public() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Response r =
          target
              .path("/api/v1/rechecks")
              .queryParam("county", "331102")
              .request()
              .header("X-Forwarded-For", "192.0.2.77")
              .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
              .get();
      statuses.add(r.getStatus());
      r.close();
    }
    assertThat(statuses).as("a forged token earns no exemption").contains(429);
  }

  @Test
  void endpoints_that_need_a_token_are_not_limited_here() {
    for (int i = 0; i < 6; i++) {
      Response r =
          target.path("/api/v1/matters").request().header("X-Forwarded-For", "192.0.2.99").get();
      assertThat(r.getStatus()).as("no token: 401, never 429").isEqualTo(401);
      r.close();
    }
  }
}
