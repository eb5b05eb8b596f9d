package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/mediation-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: mediation over HTTP, scoped by division (embedded H2)")
class MediationApiTest {

  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String MEDIATOR = Api.token("331102", Roles.MEDIATOR);
  static final String QINGTIAN_MEDIATOR = Api.token("331121", Roles.MEDIATOR);
  static final String ANALYST = Api.token("331102", Roles.ANALYST);

  static final String RECORD =
      """
      {"heldAt":"2026-12-03T10:00:00+08:00","place":"视频调解","mediator":"调解员陈","recorder":"记录员周",
       "participants":["张三","李四"],"rightsExplained":true,
       "statements":{"张三":"排水沟被堵","李四":"愿意疏通"},
       "factsVerified":"排水沟堵塞属实","riskWarning":"告知诉讼成本",
       "signatures":["张三","李四","调解员陈","记录员周"]}
      """;

  static final String AGREEMENT =
      """
      {"outcome":"AGREEMENT","agreement":{"parties":["张三","李四"],"facts":"排水沟堵塞",
       "disputedMatters":"疏通责任","responsibility":"李四负责疏通",
       "obligations":[{"party":"李四","content":"疏通排水沟","manner":"自行疏通","place":"紫金街道1号","due":"2027-01-10"}],
       "oral":false,"signedBy":["张三","李四","调解员陈"],"mediator":"调解员陈","sealed":true,
       "effectiveOn":"2026-12-30"}}
      """;

  @Inject WebTarget target;
  Api api;
  Casework cw;

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** Opens mediation for a new accepted neighbour dispute; the case's path. */
  String opened(String address) {
    String number = cw.accepted(CLERK, "dispute.neighbour", address);
    Response r = api.post(MEDIATOR, "/api/v1/mediations", "{\"matter\":\"" + number + "\"}");
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    assertThat(r.getHeaderString("ETag")).isNotBlank();
    assertThat(r.getLocation().getPath()).isEqualTo("/api/v1/mediations/" + number + "/M1");
    return "/api/v1/mediations/" + number + "/M1";
  }

  /** Takes a case from opened to a recorded session. */
  void toSession(String m) {
    cw.ok(MEDIATOR, m, "/suitability", "{\"suitable\":true,\"reasons\":\"事实清楚\"}");
    cw.ok(MEDIATOR, m, "/consents", "{\"party\":0,\"agrees\":true,\"informed\":true}");
    JsonObject consented =
        cw.ok(MEDIATOR, m, "/consents", "{\"party\":1,\"agrees\":true,\"informed\":true}");
    assertThat(consented.getString("state")).isEqualTo("CONSENTED");
    JsonObject routed = cw.ok(MEDIATOR, m, "/routing", null);
    assertThat(routed.getString("state")).isEqualTo("ROUTED");
    assertThat(routed.getJsonObject("routing").getString("explanation")).isNotBlank();
    JsonObject scheduled =
        cw.ok(
            MEDIATOR,
            m,
            "/sessions",
            "{\"mode\":\"ONLINE\",\"startsAt\":\"2026-12-03T10:00:00+08:00\"}");
    assertThat(scheduled.getString("state")).isEqualTo("SCHEDULED");
    assertThat(scheduled.getJsonArray("sessions").getJsonObject(0).getString("joinUrl"))
        .isNotBlank();
    JsonObject held = cw.ok(MEDIATOR, m, "/records", RECORD);
    assertThat(held.getString("state")).isEqualTo("IN_SESSION");
  }

  @Test
  void mediates_to_an_agreement_and_closes_the_matter() {
    String m = opened("紫金街道10号");
    String matter = m.substring("/api/v1/mediations/".length(), m.length() - "/M1".length());
    toSession(m);
    JsonObject agreed = cw.ok(MEDIATOR, m, "/conclusion", AGREEMENT);
    assertThat(agreed.getString("state")).isEqualTo("AGREED");
    assertThat(agreed.getJsonObject("agreement").getInt("copies")).isEqualTo(3);
    assertThat(agreed.getString("judicialConfirmationDue")).startsWith("2027-");
    JsonObject closed = cw.ok(MEDIATOR, m, "/closure", null);
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(Api.json(api.get(CLERK, "/api/v1/matters/" + matter)).getString("state"))
        .isEqualTo("CLOSED");

    JsonObject list = Api.json(api.get(MEDIATOR, "/api/v1/mediations?matter=" + matter));
    assertThat(list.getJsonArray("cases").size()).isEqualTo(1);
  }

  @Test
  void a_failure_is_referred_to_online_litigation_filing() {
    String m = opened("紫金街道11号");
    toSession(m);
    JsonObject failed =
        cw.ok(
            MEDIATOR,
            m,
            "/conclusion",
            "{\"outcome\":\"FAILURE\",\"reason\":\"李四拒绝疏通\",\"routesTold\":\"诉讼\"}");
    assertThat(failed.getString("state")).isEqualTo("FAILED");
    JsonObject referred = cw.ok(MEDIATOR, m, "/litigation", null);
    assertThat(referred.getString("state")).isEqualTo("REFERRED_TO_LITIGATION");
    assertThat(referred.getString("filingReference")).isNotBlank();
  }

  @Test
  void a_refusal_declines_and_opening_twice_is_a_conflict() {
    String m = opened("紫金街道12号");
    String matter = m.substring("/api/v1/mediations/".length(), m.length() - "/M1".length());
    cw.ok(MEDIATOR, m, "/suitability", "{\"suitable\":true,\"reasons\":\"事实清楚\"}");
    JsonObject declined =
        cw.ok(MEDIATOR, m, "/consents", "{\"party\":1,\"agrees\":false,\"informed\":true}");
    assertThat(declined.getString("state")).isEqualTo("DECLINED");
    Response again = api.post(MEDIATOR, "/api/v1/mediations", "{\"matter\":\"" + matter + "\"}");
    assertThat(again.getStatus()).isEqualTo(409);
  }

  @Test
  void opening_honours_idempotency_key() {
    String number = cw.accepted(CLERK, "dispute.neighbour", "紫金街道13号");
    String key = UUID.randomUUID().toString();
    String body = "{\"matter\":\"" + number + "\"}";
    Response first =
        api.as(MEDIATOR, "/api/v1/mediations")
            .header("Idempotency-Key", key)
            .post(jakarta.ws.rs.client.Entity.json(body));
    Response again =
        api.as(MEDIATOR, "/api/v1/mediations")
            .header("Idempotency-Key", key)
            .post(jakarta.ws.rs.client.Entity.json(body));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
  }

  @Test
  void bad_input_is_answered_with_every_field_named() {
    String m = opened("紫金街道14号");
    String etag = cw.etag(MEDIATOR, m);
    Response malformed = cw.withTag(MEDIATOR, m + "/suitability", etag, "{not json");
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(
            Casework.errors(
                cw.withTag(
                    MEDIATOR, m + "/suitability", etag, "{\"suitable\":\"maybe\",\"reasons\":1}")))
        .contains("suitable")
        .contains("reasons");
    assertThat(
            Casework.errors(
                cw.withTag(MEDIATOR, m + "/records", etag, "{\"statements\":{\"张三\":[1]}}")))
        .contains("statements.张三");
    assertThat(Casework.errors(cw.withTag(MEDIATOR, m + "/suitability", etag, "{}")))
        .contains("suitable")
        .contains("reasons");
    assertThat(
            Casework.errors(
                cw.withTag(
                    MEDIATOR,
                    m + "/sessions",
                    etag,
                    "{\"mode\":\"TELEPATHY\",\"startsAt\":\"tomorrow\"}")))
        .contains("mode")
        .contains("TELEPATHY")
        .contains("startsAt");
    assertThat(
            Casework.errors(
                cw.withTag(MEDIATOR, m + "/conclusion", etag, "{\"outcome\":\"SHRUG\"}")))
        .contains("outcome");
    assertThat(
            Casework.errors(
                cw.withTag(
                    MEDIATOR,
                    m + "/conclusion",
                    etag,
                    AGREEMENT.replace("\"2027-01-10\"", "\"soon\"").replace("2026-12-30", "x"))))
        .contains("agreement.obligations[0].due")
        .contains("agreement.effectiveOn");
    assertThat(Casework.errors(cw.withTag(MEDIATOR, m + "/consents", etag, "{\"party\":7}")))
        .contains("party")
        .contains("agrees");
    assertThat(Casework.errors(api.post(MEDIATOR, "/api/v1/mediations", "{\"matter\":\"x\"}")))
        .contains("matter");
    assertThat(api.get(MEDIATOR, "/api/v1/mediations/331102-20200101-9999/M1").getStatus())
        .isEqualTo(404);
    // nothing was half-written
    assertThat(Api.json(api.get(MEDIATOR, m)).getString("state")).isEqualTo("OPENED");
  }

  @Test
  void changes_need_the_current_etag() {
    String m = opened("紫金街道15号");
    String body = "{\"suitable\":true,\"reasons\":\"事实清楚\"}";
    Response none = cw.withTag(MEDIATOR, m + "/suitability", null, body);
    assertThat(none.getStatus()).isEqualTo(428);
    String old = cw.etag(MEDIATOR, m);
    cw.ok(MEDIATOR, m, "/suitability", body);
    Response stale =
        cw.withTag(
            MEDIATOR, m + "/consents", old, "{\"party\":0,\"agrees\":true,\"informed\":true}");
    assertThat(stale.getStatus()).isEqualTo(412);
  }

  @Test
  void another_county_and_other_roles_are_refused() {
    String m = opened("紫金街道16号");
    String matter = m.substring("/api/v1/mediations/".length(), m.length() - "/M1".length());
    String etag = cw.etag(MEDIATOR, m);
    Response read = api.get(QINGTIAN_MEDIATOR, m);
    assertThat(read.getStatus()).isEqualTo(403);
    assertThat(Api.json(read).getString("type")).isEqualTo("urn:db3311:problem:outside-division");
    assertThat(
            cw.withTag(
                    QINGTIAN_MEDIATOR,
                    m + "/suitability",
                    etag,
                    "{\"suitable\":true,\"reasons\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(QINGTIAN_MEDIATOR, "/api/v1/mediations?matter=" + matter).getStatus())
        .isEqualTo(403);

    assertThat(api.get(ANALYST, m).getStatus()).isEqualTo(403);
    assertThat(
            cw.withTag(CLERK, m + "/suitability", etag, "{\"suitable\":true,\"reasons\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
    assertThat(api.get(null, m).getStatus()).isEqualTo(401);
  }
}
