package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.db3311.sgc.server.demo.DemoCounty;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/demo-county")
@AddConfig(key = "sgc.counties", value = "331102")
@DisplayName("Demo county: loaded once per database, through the use cases, into every state")
class DemoCountyTest {

  @Inject DemoCounty demo;
  @Inject WebTarget target;

  @Test
  void loads_once_and_the_supervision_view_shows_it() {
    int made = demo.loadOnce(24);
    int again = demo.loadOnce(24);
    // a rerun on the same test data directory finds it loaded already
    assertThat(made == 24 || made == 0).isTrue();
    assertThat(again).isZero();
    JsonObject view =
        new Api(target)
            .get(Api.token("331102", Roles.SUPERVISOR), "/api/v1/supervision/overview")
            .readEntity(JsonObject.class);
    JsonObject byState = view.getJsonObject("total").getJsonObject("byState");
    assertThat(byState.keySet()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(view.getJsonArray("awaitingApplicant")).isNotEmpty();
  }
}
