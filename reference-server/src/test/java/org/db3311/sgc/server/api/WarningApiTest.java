package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/warning-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: early warnings (6.5) — open list, scan, handling against If-Match")
class WarningApiTest {

  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String WARNINGS = "/api/v1/warnings";

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  @Test
  void a_scan_over_a_county_without_facts_raises_nothing_and_the_open_list_is_empty() {
    Response scan = api.post(ANALYST, WARNINGS + "/scans", "");
    assertThat(scan.getStatus()).isEqualTo(200);
    JsonObject s = Api.json(scan);
    assertThat(s.getString("county")).isEqualTo("331102");
    assertThat(s.getJsonArray("changed")).isEmpty();
    assertThat(s.getJsonArray("failed")).isEmpty();

    JsonObject open = Api.json(api.get(LEADER, WARNINGS + "?page=0&size=10"));
    assertThat(open.getString("county")).isEqualTo("331102");
    assertThat(open.getJsonArray("items")).isEmpty();
    assertThat(open.getInt("total")).isZero();
    assertThat(open.getInt("size")).isEqualTo(10);
    assertThat(open.getBoolean("more")).isFalse();
    // a city-wide analyst names the county
    JsonObject qingtian =
        Api.json(api.get(Api.token("331100", Roles.ANALYST), WARNINGS + "?county=331121"));
    assertThat(qingtian.getString("county")).isEqualTo("331121");
  }

  @Test
  void unknown_warnings_are_not_found_before_any_change() {
    Response unknown = api.get(ANALYST, WARNINGS + "/YJ-2099-99999");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getMediaType().toString()).startsWith("application/problem+json");
    for (String step :
        new String[] {"/publication", "/acknowledgement", "/closure", "/dismissal"}) {
      assertThat(
              cw.withTag(LEADER, WARNINGS + "/YJ-2099-99999" + step, "\"x\"", "{\"why\":\"误报\"}")
                  .getStatus())
          .as(step)
          .isEqualTo(404);
    }
  }

  @Test
  void bad_input_other_counties_and_other_roles_are_refused() {
    assertThat(Casework.errors(api.get(ANALYST, WARNINGS + "?page=x&size=0")))
        .contains("page", "size");
    assertThat(api.get(ANALYST, WARNINGS + "?county=33110").getStatus()).isEqualTo(400);
    assertThat(api.get(ANALYST, WARNINGS + "?county=331199").getStatus()).isEqualTo(403);
    assertThat(api.get(Api.token("330000", Roles.ADMIN), WARNINGS + "?county=330199").getStatus())
        .isEqualTo(404);
    String qingtian = Api.token("331121", Roles.ANALYST);
    assertThat(api.get(qingtian, WARNINGS + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.post(qingtian, WARNINGS + "/scans?county=331102", "").getStatus())
        .isEqualTo(403);
    // township staff do not handle the county's warnings; a clerk or supervisor does not scan
    assertThat(api.get(Api.token("331102001", Roles.HANDLER), WARNINGS).getStatus()).isEqualTo(403);
    assertThat(api.get(Api.token("331102", Roles.CLERK), WARNINGS).getStatus()).isEqualTo(403);
    assertThat(api.post(Api.token("331102", Roles.SUPERVISOR), WARNINGS + "/scans", "").getStatus())
        .isEqualTo(403);
    assertThat(
            cw.withTag(
                    Api.token("331102", Roles.HANDLER),
                    WARNINGS + "/YJ-2099-99999/dismissal",
                    "\"x\"",
                    "{\"why\":\"误报\"}")
                .getStatus())
        .isEqualTo(403);
  }
}
