package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/follow-up-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: result notices and satisfaction surveys over HTTP (embedded H2)")
class FollowUpApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String QINGTIAN_SUPERVISOR = Api.token("331121", Roles.SUPERVISOR);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** An event matter handled and closed; the path of its first follow-up. */
  String closed(String address) {
    String number = cw.accepted(CLERK, "event.public_demand", address);
    assertThat(api.post(CLERK, "/api/v1/events", "{\"matter\":\"" + number + "\"}").getStatus())
        .isEqualTo(201);
    String e = "/api/v1/events/" + number;
    cw.ok(SUPERVISOR, e, "/triage", "{\"units\":[\"zijin-street\"],\"lead\":\"zijin-street\"}");
    cw.ok(HANDLER, e, "/steps", "{\"step\":\"SIGN_FOR\"}");
    cw.ok(HANDLER, e, "/steps", "{\"step\":\"REPORT_HANDLED\",\"summary\":\"已处理\"}");
    cw.ok(
        SUPERVISOR,
        e,
        "/steps",
        "{\"step\":\"CLOSE\",\"outcome\":\"RESOLVED\",\"summary\":\"路灯已修复\"}");
    return "/api/v1/follow-ups/" + number + "/F1";
  }

  @Test
  void every_party_is_told_the_result_then_surveyed_and_concluded() {
    String f = closed("紫金街道40号");
    String matter = f.substring("/api/v1/follow-ups/".length(), f.length() - "/F1".length());
    JsonObject list = Api.json(api.get(CLERK, "/api/v1/follow-ups?matter=" + matter));
    assertThat(list.getJsonArray("followUps").size()).isEqualTo(1);
    JsonObject notified = Api.json(api.get(CLERK, f));
    assertThat(notified.getString("state")).isEqualTo("RESULT_NOTIFIED");
    assertThat(notified.getString("resultSummary")).isEqualTo("路灯已修复");
    assertThat(notified.getJsonArray("notices").size()).isEqualTo(2);
    assertThat(notified.getJsonArray("notices").getJsonObject(0).getString("channel"))
        .isEqualTo("SMS");
    JsonObject answered =
        cw.ok(
            CLERK,
            f,
            "/answers",
            "{\"respondent\":\"张三\",\"method\":\"PHONE\",\"answer\":\"SATISFIED\","
                + "\"comment\":\"很满意\"}");
    assertThat(answered.getString("state")).isEqualTo("SATISFIED");
    assertThat(answered.getJsonArray("answers").getJsonObject(0).getString("method"))
        .isEqualTo("PHONE");
    assertThat(cw.ok(SUPERVISOR, f, "/conclusion", null).getString("state")).isEqualTo("CONCLUDED");
  }

  @Test
  void a_dissatisfied_answer_reopens_the_matter() {
    String f = closed("紫金街道41号");
    String matter = f.substring("/api/v1/follow-ups/".length(), f.length() - "/F1".length());
    cw.ok(
        CLERK,
        f,
        "/answers",
        "{\"respondent\":\"李四\",\"method\":\"AUTOMATED_CALL\",\"answer\":\"DISSATISFIED\"}");
    JsonObject reopened = cw.ok(SUPERVISOR, f, "/reopening", "{\"reason\":\"路灯仍不亮\"}");
    assertThat(reopened.getString("state")).isEqualTo("REOPENED");
    assertThat(reopened.getString("reopenReason")).isEqualTo("路灯仍不亮");
    assertThat(Api.json(api.get(CLERK, "/api/v1/matters/" + matter)).getString("state"))
        .isEqualTo("IN_HANDLING");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    String f = closed("紫金街道42号");
    String etag = cw.etag(CLERK, f);
    assertThat(cw.withTag(CLERK, f + "/answers", etag, "{\"respondent\":").getStatus())
        .isEqualTo(400);
    assertThat(
            Casework.errors(
                cw.withTag(
                    CLERK,
                    f + "/answers",
                    etag,
                    "{\"respondent\":\"王五\",\"method\":\"CARRIER_PIGEON\",\"answer\":\"MEH\"}")))
        .contains("respondent")
        .contains("method")
        .contains("CARRIER_PIGEON")
        .contains("answer");
    assertThat(
            Casework.errors(
                cw.withTag(CLERK, f + "/answers", etag, "{\"respondent\":[\"张三\"],\"comment\":5}")))
        .contains("respondent")
        .contains("comment");
    assertThat(Casework.errors(cw.withTag(SUPERVISOR, f + "/reopening", etag, "{}")))
        .contains("reason");
    assertThat(Casework.errors(api.get(CLERK, "/api/v1/follow-ups?matter=nope")))
        .contains("matter");
    assertThat(api.get(CLERK, f.replace("/F1", "/F9")).getStatus()).isEqualTo(404);
    // reopening needs a dissatisfied answer first: a conflict, nothing changed
    assertThat(cw.withTag(SUPERVISOR, f + "/reopening", etag, "{\"reason\":\"x\"}").getStatus())
        .isEqualTo(409);
    assertThat(Api.json(api.get(CLERK, f)).getString("state")).isEqualTo("RESULT_NOTIFIED");
  }

  @Test
  void changes_need_the_current_etag() {
    String f = closed("紫金街道43号");
    String answer = "{\"respondent\":\"张三\",\"method\":\"SMS\",\"answer\":\"BASICALLY_SATISFIED\"}";
    assertThat(cw.withTag(CLERK, f + "/answers", null, answer).getStatus()).isEqualTo(428);
    String old = cw.etag(CLERK, f);
    cw.ok(CLERK, f, "/answers", answer);
    assertThat(cw.withTag(SUPERVISOR, f + "/conclusion", old, null).getStatus()).isEqualTo(412);
  }

  @Test
  void another_county_and_other_roles_are_refused() {
    String f = closed("紫金街道44号");
    String matter = f.substring("/api/v1/follow-ups/".length(), f.length() - "/F1".length());
    String etag = cw.etag(CLERK, f);
    assertThat(api.get(QINGTIAN_SUPERVISOR, f).getStatus()).isEqualTo(403);
    assertThat(api.get(QINGTIAN_SUPERVISOR, "/api/v1/follow-ups?matter=" + matter).getStatus())
        .isEqualTo(403);
    assertThat(cw.withTag(QINGTIAN_SUPERVISOR, f + "/conclusion", etag, null).getStatus())
        .isEqualTo(403);
    assertThat(api.get(ANALYST, f).getStatus()).isEqualTo(403);
    assertThat(cw.withTag(CLERK, f + "/conclusion", etag, null).getStatus()).isEqualTo(403);
  }
}
