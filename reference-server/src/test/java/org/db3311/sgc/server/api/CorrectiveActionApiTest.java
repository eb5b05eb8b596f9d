package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/corrective-action-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: corrective actions (9.3.1) and the public re-check board (9.3.3)")
class CorrectiveActionApiTest {

  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String ACTIONS = "/api/v1/corrective-actions";

  @Inject WebTarget target;

  private Api api() {
    return new Api(target);
  }

  static String action(String source, String reference, String description, String due) {
    return """
        {"finding":{"source":"%s","reference":"%s","description":"%s"},
         "owner":"county.hrss","measure":"安排导办人员，公示服务承诺","due":"%s"}
        """
        .formatted(source, reference, description, due);
  }

  /** Raises an action as the supervisor of 331102; its path. */
  private String raised(String json) {
    Response r = api().post(SUPERVISOR, ACTIONS, json);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return URI.create(r.getHeaderString("Location")).getPath();
  }

  @Test
  void an_action_is_raised_corrected_rechecked_and_every_recheck_disclosed_to_the_public() {
    Response created =
        api()
            .post(
                SUPERVISOR,
                ACTIONS,
                action("INSPECTION", "INS-2026-07", "窗口无导办人员，群众13812341234反映", "2027-01-15"));
    String body = created.readEntity(String.class);
    assertThat(created.getStatus()).as(body).isEqualTo(201);
    URI location = URI.create(created.getHeaderString("Location"));
    assertThat(location.getQuery()).isEqualTo("county=331102");
    String a = location.getPath();
    assertThat(a).matches(ACTIONS + "/CA-\\d{4}-\\d{4}");

    Casework cw = new Casework(api());
    JsonObject read = Api.json(api().get(HANDLER, a));
    assertThat(read.getString("state")).isEqualTo("OPEN");
    assertThat(read.getJsonObject("finding").getString("source")).isEqualTo("INSPECTION");
    assertThat(read.getString("owner")).isEqualTo("county.hrss");

    String report = "{\"account\":\"已安排两名导办人员\"}";
    assertThat(cw.withTag(HANDLER, a + "/correction", null, report).getStatus()).isEqualTo(428);
    assertThat(cw.withTag(HANDLER, a + "/correction", "\"stale\"", report).getStatus())
        .isEqualTo(412);
    JsonObject reported = cw.ok(HANDLER, a, "/correction", report);
    assertThat(reported.getString("state")).isEqualTo("CORRECTION_REPORTED");
    assertThat(reported.getString("recheckDue")).isNotBlank();

    JsonObject failed =
        cw.ok(SUPERVISOR, a, "/rechecks", "{\"passed\":false,\"notes\":\"午间仍无人值守\"}");
    assertThat(failed.getString("state")).isEqualTo("OPEN");
    assertThat(failed.getJsonArray("rechecks")).hasSize(1);
    cw.ok(HANDLER, a, "/correction", "{\"account\":\"午间增设轮班\"}");
    JsonObject passed =
        cw.ok(SUPERVISOR, a, "/rechecks", "{\"passed\":true,\"notes\":\"现场核实已整改\"}");
    assertThat(passed.getString("state")).isEqualTo("VERIFIED");

    // 9.3.3 实时公开: anyone reads every re-check, newest first, without a token or staff names
    Response board = api().get(null, "/api/v1/rechecks?county=331102");
    assertThat(board.getStatus()).isEqualTo(200);
    JsonObject page = Api.json(board);
    JsonArray items = page.getJsonArray("items");
    String id = a.substring(a.lastIndexOf('/') + 1);
    assertThat(items.getValuesAs(JsonObject.class))
        .filteredOn(i -> i.getString("action").equals(id))
        .extracting(i -> i.getInt("round"), i -> i.getBoolean("passed"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(1, false));
    assertThat(page.toString()).contains("138****1234").doesNotContain("13812341234", "测试员");
    // and the other county's board is its own
    assertThat(Api.json(api().get(null, "/api/v1/rechecks?county=331121")).getInt("total"))
        .isZero();
  }

  @Test
  void a_retried_raise_with_the_same_idempotency_key_raises_one_action() {
    String body =
        action("EVALUATION_FIGURE", "RESPONSE_RATE/county.hrss/2026-11/v1", "响应率低", "2027-01-31");
    Response first =
        api()
            .as(SUPERVISOR, ACTIONS)
            .header("Idempotency-Key", "ca-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    Response again =
        api()
            .as(SUPERVISOR, ACTIONS)
            .header("Idempotency-Key", "ca-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("id")).isEqualTo(Api.json(first).getString("id"));
  }

  @Test
  void lists_are_paged_filtered_and_show_the_overdue_actions() {
    String late = raised(action("INSPECTION", "INS-2020-01", "公示栏信息过期", "2020-01-31"));
    String lateId = late.substring(late.lastIndexOf('/') + 1);
    JsonObject overdue = Api.json(api().get(SUPERVISOR, ACTIONS + "/overdue?size=200"));
    assertThat(overdue.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("id"))
        .contains(lateId);
    assertThat(overdue.getJsonArray("failed")).isEmpty();
    assertThat(Api.json(api().get(SUPERVISOR, ACTIONS + "/overdue-rechecks")).getJsonArray("items"))
        .isEmpty();

    JsonObject open =
        Api.json(api().get(HANDLER, ACTIONS + "?state=OPEN&owner=county.hrss&size=1"));
    assertThat(open.getJsonArray("items")).hasSize(1);
    assertThat(open.getInt("total")).isGreaterThanOrEqualTo(1);
    assertThat(Api.json(api().get(HANDLER, ACTIONS + "?owner=nobody")).getInt("total")).isZero();
    assertThat(Casework.errors(api().get(HANDLER, ACTIONS + "?state=DONE&size=0")))
        .contains("state");
    assertThat(Casework.errors(api().get(HANDLER, ACTIONS + "?size=0"))).contains("size");
    assertThat(api().get(HANDLER, ACTIONS + "/overdue").getStatus()).isEqualTo(403);
  }

  @Test
  void bad_input_unknown_ids_other_counties_wrong_roles_and_wrong_states_are_refused() {
    assertThat(Casework.errors(api().post(SUPERVISOR, ACTIONS, "{\"finding\":"))).isEqualTo("[]");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        SUPERVISOR,
                        ACTIONS,
                        "{\"finding\":{\"source\":\"RUMOUR\",\"reference\":5},\"owner\":\"a b\","
                            + "\"due\":\"2027-02-30\"}")))
        .contains("finding.reference");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        SUPERVISOR,
                        ACTIONS,
                        "{\"finding\":{\"source\":\"RUMOUR\",\"reference\":\"r\"},\"owner\":\"a b\","
                            + "\"due\":\"2027-02-30\"}")))
        .contains("finding.source", "finding.description", "owner", "measure", "due");
    assertThat(Casework.errors(api().post(SUPERVISOR, ACTIONS, "{\"owner\":\"county.hrss\"}")))
        .contains("finding", "measure", "due");

    assertThat(api().get(SUPERVISOR, ACTIONS + "/CA-2026-9999").getStatus()).isEqualTo(404);
    assertThat(Casework.errors(api().get(SUPERVISOR, ACTIONS + "/CA%202026"))).contains("id");

    String a = raised(action("STAFF_EVALUATION", "SE-2026-11", "考勤记录缺失", "2027-01-15"));
    assertThat(api().get(null, a).getStatus()).isEqualTo(401);
    assertThat(api().get(Api.token("331121", Roles.SUPERVISOR), a + "?county=331102").getStatus())
        .isEqualTo(403);
    assertThat(api().get(Api.token("331102", Roles.CLERK), a).getStatus()).isEqualTo(403);
    String body = action("INSPECTION", "INS-X", "x", "2027-01-15");
    assertThat(api().post(HANDLER, ACTIONS, body).getStatus()).isEqualTo(403);
    assertThat(api().post(Api.token("331102", Roles.ANALYST), ACTIONS, body).getStatus())
        .isEqualTo(403);
    assertThat(api().post(null, ACTIONS + "?county=331102", body).getStatus()).isEqualTo(401);

    Casework cw = new Casework(api());
    String etag = cw.etag(SUPERVISOR, a);
    // a handler reports, it does not re-check
    assertThat(
            cw.withTag(HANDLER, a + "/rechecks", etag, "{\"passed\":true,\"notes\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            Casework.errors(cw.withTag(SUPERVISOR, a + "/rechecks", etag, "{\"passed\":\"yes\"}")))
        .contains("passed");
    assertThat(Casework.errors(cw.withTag(SUPERVISOR, a + "/rechecks", etag, "{}")))
        .contains("passed", "notes");
    // nothing was reported yet: there is nothing to re-check
    assertThat(
            cw.withTag(SUPERVISOR, a + "/rechecks", etag, "{\"passed\":true,\"notes\":\"x\"}")
                .getStatus())
        .isEqualTo(409);
    assertThat(Casework.errors(cw.withTag(HANDLER, a + "/correction", etag, "{\"account\":\" \"}")))
        .contains("account");
  }

  @Test
  void the_public_board_needs_the_county_without_a_token_and_only_a_county_served() {
    assertThat(Casework.errors(api().get(null, "/api/v1/rechecks"))).contains("county");
    assertThat(Casework.errors(api().get(null, "/api/v1/rechecks?county=33110")))
        .contains("county");
    assertThat(api().get(null, "/api/v1/rechecks?county=331199").getStatus()).isEqualTo(404);
    assertThat(Casework.errors(api().get(null, "/api/v1/rechecks?county=331102&page=-1")))
        .contains("page");
    // signed in, the caller's own county is the default
    assertThat(api().get(SUPERVISOR, "/api/v1/rechecks").getStatus()).isEqualTo(200);
  }
}
