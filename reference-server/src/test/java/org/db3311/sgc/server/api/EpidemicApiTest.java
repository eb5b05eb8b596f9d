package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/epidemic-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: the epidemic mode (6.7.1.1), switched against the state read")
class EpidemicApiTest {

  static final String LEADER = Api.token("331102", Roles.LEADER);

  @Inject WebTarget target;

  private Response put(String token, String etag, String body) {
    var b = new Api(target).as(token, "/api/v1/epidemic/mode");
    if (etag != null) {
      b = b.header("If-Match", etag);
    }
    return b.put(Entity.entity(body, MediaType.APPLICATION_JSON));
  }

  @Test
  void a_leader_switches_to_wartime_and_the_switch_is_kept() {
    Api api = new Api(target);
    Response read = api.get(LEADER, "/api/v1/epidemic/mode");
    assertThat(read.getStatus()).isEqualTo(200);
    String etag = read.getHeaderString("ETag");
    assertThat(Api.json(read).getString("mode")).isEqualTo("PEACETIME");

    String body = "{\"to\":\"WARTIME\",\"reason\":\"本地出现聚集性疫情\"}";
    assertThat(put(LEADER, null, body).getStatus()).isEqualTo(428);
    assertThat(put(LEADER, "\"stale\"", body).getStatus()).isEqualTo(412);
    Response switched = put(LEADER, etag, body);
    assertThat(switched.getStatus()).isEqualTo(200);
    JsonObject now = Api.json(switched).getJsonObject("now");
    assertThat(now.getString("mode")).isEqualTo("WARTIME");
    assertThat(now.getJsonArray("switches")).hasSize(1);
    assertThat(Api.json(api.get(LEADER, "/api/v1/epidemic/mode")).getString("mode"))
        .isEqualTo("WARTIME");
    // another county's mode is its own
    assertThat(
            Api.json(api.get(Api.token("331121", Roles.LEADER), "/api/v1/epidemic/mode"))
                .getString("mode"))
        .isEqualTo("PEACETIME");
  }

  @Test
  void bad_input_other_counties_and_other_roles_are_refused() {
    Api api = new Api(target);
    String etag = api.get(LEADER, "/api/v1/epidemic/mode").getHeaderString("ETag");
    Response bad = put(LEADER, etag, "{\"to\":\"MARTIAL\",\"reason\":\"\"}");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(Api.json(bad).getJsonArray("errors").toString()).contains("to", "reason");
    assertThat(
            api.get(Api.token("331121", Roles.LEADER), "/api/v1/epidemic/mode?county=331102")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(Api.token("331102", Roles.CLERK), "/api/v1/epidemic/mode").getStatus())
        .isEqualTo(403);
    assertThat(
            put(
                    Api.token("331102", Roles.SUPERVISOR),
                    etag,
                    "{\"to\":\"WARTIME\",\"reason\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
  }
}
