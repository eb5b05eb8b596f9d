package org.db3311.sgc.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@io.helidon.microprofile.testing.junit5.AddConfig(
    key = "sgc.data-dir",
    value = "target/test-data/CalendarHealthEndpointTest")
@Implements("R10")
@DisplayName("Reference server: the working-calendar readiness check")
class CalendarHealthEndpointTest {

  @Inject WebTarget target;

  @Test
  void the_calendar_check_is_served_and_never_takes_the_server_down_for_a_missing_year() {
    Response r = target.path("/health/ready").request().get();
    assertThat(r.getStatus()).isEqualTo(200);
    JsonObject health = r.readEntity(JsonObject.class);
    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject check =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("working-calendar"))
            .findFirst()
            .orElseThrow();
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("calendar")).isIn("UP", "DEGRADED");
    assertThat(check.getJsonObject("data").getString("officialYears")).contains("2020");
  }
}
