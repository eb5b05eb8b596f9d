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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/unknown-path")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@DisplayName("Every unknown path answers a 404 problem; health, metrics and openapi still answer")
class UnknownPathApiTest {

  @Inject WebTarget target;

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/api2", "/api2/v1/matters", "/api/v1/nope", "/health2", "/"})
  void an_unknown_path_is_a_problem(String path) {
    Response r = target.path(path).request().get();
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(404);
    assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
    JsonObject p = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    assertThat(p.getInt("status")).isEqualTo(404);
    assertThat(p.getString("type")).isEqualTo("urn:db3311:problem:unknown-path");
  }

  @Test
  void other_methods_on_unknown_paths_too() {
    Response r =
        target.path("/nope").request().post(Entity.entity("{}", MediaType.APPLICATION_JSON));
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  void helidons_own_endpoints_still_answer() {
    Response health = target.path("/health").request().get();
    assertThat(health.getStatus()).isEqualTo(200);
    assertThat(health.readEntity(String.class)).contains("UP");
    Response ready = target.path("/health/ready").request().get();
    assertThat(ready.getStatus()).isEqualTo(200);
    Response openapi = target.path("/openapi").request().get();
    assertThat(openapi.getStatus()).isEqualTo(200);
    assertThat(openapi.readEntity(String.class)).contains("/api/v1/matters");
    Response metrics = target.path("/metrics").request().get();
    assertThat(metrics.getStatus()).isEqualTo(200);
    assertThat(metrics.readEntity(String.class)).isNotBlank();
  }

  @Test
  void the_api_still_answers() {
    Response token =
        target
            .path("/api/v1/auth/token")
            .request()
            .post(
                Entity.entity(
                    "{\"username\":\"clerk.liandu\",\"password\":\"demo\"}",
                    MediaType.APPLICATION_JSON));
    assertThat(token.getStatus()).isEqualTo(200);
    Response unauth = target.path("/api/v1/matters").request().get();
    assertThat(unauth.getStatus()).isIn(401, 405);
    assertThat(
            new Api(target)
                .get(Api.token("331102", Roles.SUPERVISOR), "/api/v1/supervision/overview")
                .getStatus())
        .isEqualTo(200);
  }
}
