package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  @DisplayName("RFC 9457 problem details are read with the already-received receipt")
  void problem_details() {
    Problem p =
        Problem.of(
            409,
            "Conflict",
            Optional.of(
                Json.createObjectBuilder()
                    .add("type", "urn:db3311:gateway:already-received")
                    .add("title", "already received")
                    .add("status", 409)
                    .add("receipt", "12345-7")
                    .build()));
    assertThat(p.type()).isEqualTo(Problem.ALREADY_RECEIVED);
    assertThat(p.receipt()).hasValue("12345-7");
    assertThat(p.summary())
        .isEqualTo("HTTP 409 already received (urn:db3311:gateway:already-received)");
  }

  @Test
  @DisplayName(
      "an answer that is not problem details (a proxy's page) is about:blank with the status")
  void not_problem_details() {
    Problem p = Problem.of(502, "Bad Gateway", Optional.empty());
    assertThat(p.type()).isEqualTo(URI.create("about:blank"));
    assertThat(p.summary()).isEqualTo("HTTP 502 Bad Gateway (about:blank)");
    Problem odd =
        Problem.of(
            400,
            "Bad Request",
            Optional.of(
                Json.createObjectBuilder().add("type", "not a uri").add("title", 7).build()));
    assertThat(odd.type()).isEqualTo(URI.create("about:blank"));
    assertThat(odd.title()).isEqualTo("Bad Request");
    assertThat(odd.receipt()).isEmpty();
  }
}
