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
import org.db3311.sgc.server.wiring.Centers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/inspection-off")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@DisplayName("Inspection tenant off (the default): no controls, no tenant, no widened roles")
class InspectionOffApiTest {

  static final String TENANT_INSPECTOR = Api.token("331199", Roles.INSPECTOR);

  @Inject WebTarget target;
  @Inject Centers centers;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(target);
  }

  static void notFoundProblem(Response r) {
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  void every_control_answers_404() {
    notFoundProblem(api.get(TENANT_INSPECTOR, "/api/v1/inspection"));
    notFoundProblem(api.get(TENANT_INSPECTOR, "/api/v1/inspection/data"));
    notFoundProblem(api.as(TENANT_INSPECTOR, "/api/v1/inspection/data").delete());
    notFoundProblem(
        api.as(TENANT_INSPECTOR, "/api/v1/inspection/clock")
            .put(
                Entity.entity(
                    "{\"now\":\"2027-01-04T09:00:00+08:00\"}", MediaType.APPLICATION_JSON)));
    notFoundProblem(
        api.post(TENANT_INSPECTOR, "/api/v1/inspection/clock/advance", "{\"by\":\"P3D\"}"));
    notFoundProblem(api.post(TENANT_INSPECTOR, "/api/v1/inspection/archives/F-1/tamper", "{}"));
    notFoundProblem(api.post(TENANT_INSPECTOR, "/api/v1/inspection/deadline-sweep", "{}"));
  }

  @Test
  void the_tenant_is_not_served_and_its_inspector_holds_no_staff_role() {
    assertThat(centers.counties()).extracting(c -> c.value()).containsExactly("331102", "331121");
    notFoundProblem(api.get(TENANT_INSPECTOR, "/api/v1/supervision/overview?county=331199"));
    Response register =
        api.post(
            TENANT_INSPECTOR,
            "/api/v1/matters",
            Api.registration("331199001", "检查路1号", "11010519491231002X"));
    assertThat(register.getStatus()).isEqualTo(403);
  }

  @Test
  void the_demo_inspector_keeps_its_province_wide_read_access() {
    Response login =
        api.post(null, "/api/v1/auth/token", "{\"username\":\"inspector\",\"password\":\"demo\"}");
    String token = Api.json(login).getString("access_token");
    JsonObject overview = Api.json(api.get(token, "/api/v1/supervision/overview?county=331102"));
    assertThat(overview.getString("county")).isEqualTo("331102");
    notFoundProblem(api.get(token, "/api/v1/inspection"));
  }
}
