package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/epidemic-case-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: epidemic cases in the closed loop of 6.7.1.1, county-wide")
class EpidemicCaseApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String LEADER = Api.token("331102", Roles.LEADER);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);
  static final String QINGTIAN_LEADER = Api.token("331121", Roles.LEADER);

  static final String CASES = "/api/v1/epidemic/cases";

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  static String intake(String matter) {
    return "{\"matter\":\"" + matter + "\",\"category\":\"物资保供\",\"summary\":\"群众反映超市缺货\"}";
  }

  /** Takes a new accepted matter into the loop; the case's path. */
  String opened(String address) {
    String matter = cw.accepted(CLERK, "dispute.neighbour", address);
    Response r = api.post(CLERK, CASES, intake(matter));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    assertThat(r.getHeaderString("ETag")).isNotBlank();
    assertThat(r.getLocation().getPath()).startsWith(CASES + "/YQ-");
    return r.getLocation().getPath();
  }

  @Test
  void a_case_goes_round_the_whole_loop_and_rework_sends_it_back() {
    String c = opened("紫金街道21号");
    JsonObject received = Api.json(api.get(ANALYST, c));
    assertThat(received.getString("state")).isEqualTo("RECEIVED");
    assertThat(received.getString("openStage")).isEqualTo("ANALYSIS");
    assertThat(received.getString("deadline")).isNotBlank();

    String analysis = "{\"findings\":\"超市缺货，属保供问题\"}";
    assertThat(cw.withTag(HANDLER, c + "/analysis", null, analysis).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(HANDLER, c + "/analysis", "\"stale\"", analysis).getStatus())
        .isEqualTo(412);
    assertThat(cw.ok(HANDLER, c, "/analysis", analysis).getString("state")).isEqualTo("ANALYSED");
    JsonObject routed = cw.ok(HANDLER, c, "/routing", null);
    assertThat(routed.getString("state")).isEqualTo("ROUTED");
    assertThat(routed.getString("routedTo")).isNotBlank();
    cw.ok(HANDLER, c, "/handling", "{\"result\":\"已协调补货\"}");
    JsonObject rework =
        cw.ok(SUPERVISOR, c, "/feedback", "{\"satisfactory\":false,\"note\":\"回访群众称仍缺货\"}");
    assertThat(rework.getString("state")).isEqualTo("ROUTED");
    cw.ok(HANDLER, c, "/handling", "{\"result\":\"增设临时供应点\"}");
    assertThat(
            cw.ok(SUPERVISOR, c, "/feedback", "{\"satisfactory\":true,\"note\":\"回访满意\"}")
                .getString("state"))
        .isEqualTo("FED_BACK");
    JsonObject assessed = cw.ok(LEADER, c, "/assessment", "{\"score\":92,\"note\":\"按时办结\"}");
    assertThat(assessed.getString("state")).isEqualTo("ASSESSED");
    assertThat(assessed.getBoolean("loopClosed")).isTrue();
    assertThat(assessed.containsKey("openStage")).isFalse();
    assertThat(assessed.getJsonArray("steps"))
        .extracting(s -> s.asJsonObject().getString("action"))
        .containsExactly(
            "RECEIVE", "ANALYSE", "ROUTE", "HANDLE", "REWORK", "HANDLE", "FEED_BACK", "ASSESS");
    assertThat(assessed.getJsonArray("steps").getJsonObject(0).getString("mode"))
        .isEqualTo("PEACETIME");
    // the loop is closed: no stage is left, and none is skipped
    assertThat(cw.change(HANDLER, c, "/handling", "{\"result\":\"再处置\"}").getStatus())
        .isEqualTo(409);
  }

  @Test
  void no_stage_is_skipped() {
    String c = opened("紫金街道22号");
    assertThat(cw.change(LEADER, c, "/assessment", "{\"score\":90,\"note\":\"x\"}").getStatus())
        .isEqualTo(409);
    assertThat(cw.change(HANDLER, c, "/routing", null).getStatus()).isEqualTo(409);
    assertThat(Api.json(api.get(LEADER, c)).getString("state")).isEqualTo("RECEIVED");
  }

  @Test
  void cases_are_listed_a_page_at_a_time() {
    String a = opened("紫金街道23号");
    String b = opened("紫金街道24号");
    JsonObject page = Api.json(api.get(ANALYST, CASES + "?size=1&page=1&state=RECEIVED"));
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
    String all = Api.json(api.get(ANALYST, CASES + "?size=100")).toString();
    assertThat(all)
        .contains(a.substring(CASES.length() + 1))
        .contains(b.substring(CASES.length() + 1));
    assertThat(Casework.errors(api.get(ANALYST, CASES + "?page=x&size=0&state=CLOSED")))
        .contains("page", "size", "state");
    JsonObject overdue = Api.json(api.get(SUPERVISOR, CASES + "/overdue"));
    assertThat(overdue.getJsonArray("failed")).isEmpty();
    assertThat(Api.json(api.get(QINGTIAN_LEADER, CASES)).getInt("total")).isZero();
  }

  @Test
  void intake_honours_idempotency_key() {
    String matter = cw.accepted(CLERK, "dispute.neighbour", "紫金街道25号");
    String key = UUID.randomUUID().toString();
    Response first =
        api.as(CLERK, CASES).header("Idempotency-Key", key).post(Entity.json(intake(matter)));
    Response again =
        api.as(CLERK, CASES).header("Idempotency-Key", key).post(Entity.json(intake(matter)));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.getLocation()).isEqualTo(first.getLocation());
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    Response malformed = api.post(CLERK, CASES, "{not json");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(Casework.errors(api.post(CLERK, CASES, "{\"matter\":7,\"category\":[]}")))
        .contains("matter", "category");
    assertThat(Casework.errors(api.post(CLERK, CASES, "{\"matter\":\"nonsense\"}")))
        .contains("matter", "category", "summary");
    // a matter of another county is not taken in here
    assertThat(Casework.errors(api.post(CLERK, CASES, intake("331121-20261203-0001"))))
        .contains("matter");
    // a well-formed number no matter carries
    assertThat(api.post(CLERK, CASES, intake("331102-20261203-9999")).getStatus()).isEqualTo(404);

    String c = opened("紫金街道26号");
    assertThat(Casework.errors(cw.change(HANDLER, c, "/analysis", "{\"findings\":\"\"}")))
        .contains("findings");
    assertThat(
            Casework.errors(
                cw.change(SUPERVISOR, c, "/feedback", "{\"satisfactory\":\"yes\",\"note\":1}")))
        .contains("satisfactory", "note");
    assertThat(Casework.errors(cw.change(LEADER, c, "/assessment", "{\"score\":101}")))
        .contains("score", "note");
  }

  @Test
  void unknown_cases_other_counties_and_other_roles_are_refused() {
    assertThat(api.get(LEADER, CASES + "/YQ-1999-99999").getStatus()).isEqualTo(404);
    assertThat(cw.withTag(HANDLER, CASES + "/YQ-1999-99999/routing", "*", null).getStatus())
        .isEqualTo(404);
    String c = opened("紫金街道27号");
    assertThat(api.get(QINGTIAN_LEADER, c + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.get(QINGTIAN_LEADER, CASES + "?county=331102").getStatus()).isEqualTo(403);
    assertThat(api.get(Api.token("331102001", Roles.LEADER), c).getStatus()).isEqualTo(403);
    // analysts read, handlers handle, supervisors feed back
    assertThat(api.get(ANALYST, c).getStatus()).isEqualTo(200);
    assertThat(cw.change(ANALYST, c, "/analysis", "{\"findings\":\"x\"}").getStatus())
        .isEqualTo(403);
    assertThat(
            cw.change(HANDLER, c, "/feedback", "{\"satisfactory\":true,\"note\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.post(ANALYST, CASES, intake("331102-20261203-0001")).getStatus()).isEqualTo(403);
  }
}
