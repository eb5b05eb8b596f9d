package org.db3311.sgc.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

class IntegrationEventJsonTest {

  private static final IntegrationEvent ACCEPTED =
      new IntegrationEvent(
          "Matter/331121-20270101-0001/2",
          "Matter.ACCEPT",
          1,
          "Matter",
          "331121-20270101-0001",
          2,
          Instant.parse("2026-12-31T16:00:00Z"),
          "ACCEPT",
          Optional.of("REGISTERED"),
          "ACCEPTED",
          new Version(2));

  @Test
  void an_event_reads_back_equal_with_and_without_a_state_before() {
    assertThat(IntegrationEventJson.read(IntegrationEventJson.write(ACCEPTED))).isEqualTo(ACCEPTED);
    IntegrationEvent created =
        new IntegrationEvent(
            "Matter/331121-20270101-0001/1",
            "Matter.REGISTER",
            1,
            "Matter",
            "331121-20270101-0001",
            1,
            Instant.parse("2026-12-31T16:00:00Z"),
            "REGISTER",
            Optional.empty(),
            "REGISTERED",
            new Version(1));
    String json = new String(IntegrationEventJson.write(created), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("fromState");
    assertThat(IntegrationEventJson.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(created);
  }

  @Test
  void a_body_that_is_not_an_integration_event_is_refused_saying_why() {
    assertThatThrownBy(() -> IntegrationEventJson.read("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an integration event");
    String wrongId =
        new String(IntegrationEventJson.write(ACCEPTED), StandardCharsets.UTF_8)
            .replace("\"sequence\":2", "\"sequence\":3");
    assertThatThrownBy(() -> IntegrationEventJson.read(wrongId.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not Matter/331121-20270101-0001/3");
  }
}
