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
import java.net.URI;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/feedback-api")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("REST API: the feedback and complaint channel (9.1), open to the public")
class FeedbackApiTest {

  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String OTHER_SUPERVISOR = Api.token("331121", Roles.SUPERVISOR);

  static final String COMPLAINT =
      """
      {"kind":"COMPLAINT","content":"窗口人员态度生硬，请回电13812341234","about":"county.hrss",
       "contact":"13812341234"}
      """;

  @Inject WebTarget target;

  private Api api() {
    return new Api(target);
  }

  /** Submits as the public (no token) to 331102; the 201 answer. */
  private JsonObject submitted(String json) {
    Response r = api().post(null, "/api/v1/feedback?county=331102", json);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  private static String item(String ticket) {
    return "/api/v1/feedback/" + ticket;
  }

  @Test
  void the_public_submits_without_a_token_follows_the_ticket_and_sees_the_answer() {
    Response r = api().post(null, "/api/v1/feedback?county=331102", COMPLAINT);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    JsonObject created =
        jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
    String ticket = created.getString("ticket");
    assertThat(ticket).startsWith("FB-");
    assertThat(created.getString("state")).isEqualTo("RECEIVED");
    assertThat(created.getString("county")).isEqualTo("331102");
    // nothing submitted is echoed back: neither the wording nor the contact
    assertThat(body).doesNotContain("13812341234", "态度生硬", "contact", "content");
    URI location = URI.create(r.getHeaderString("Location"));
    assertThat(location.getPath()).isEqualTo("/api/v1/feedback/" + ticket + "/status");
    // tickets run in sequence: only the code given now lets the public follow one
    String code = created.getString("code");
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
    assertThat(location.getQuery()).contains("code=" + code);
    String follow = item(ticket) + "/status?county=331102&code=" + code;
    assertThat(api().get(null, item(ticket) + "/status?county=331102").getStatus()).isEqualTo(404);
    String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
    assertThat(api().get(null, item(ticket) + "/status?county=331102&code=" + wrong).getStatus())
        .isEqualTo(404);
    assertThat(api().get(null, follow.replace(code, code.toLowerCase())).getStatus())
        .isEqualTo(200);

    Response status = api().get(null, follow);
    assertThat(status.getStatus()).isEqualTo(200);
    JsonObject followed = Api.json(status);
    assertThat(followed.containsKey("code")).isFalse();
    assertThat(followed.getString("state")).isEqualTo("RECEIVED");

    // staff read everything, the contact masked unless revealed (and that read audited)
    Response staff = api().get(SUPERVISOR, item(ticket));
    JsonObject full = Api.json(staff);
    assertThat(full.getString("content")).contains("态度生硬");
    assertThat(full.getString("contact")).isEqualTo("138****1234");
    assertThat(full.getString("answerDue")).isNotBlank();
    assertThat(Api.json(api().get(SUPERVISOR, item(ticket) + "?reveal=true")).getString("contact"))
        .isEqualTo("13812341234");
    assertThat(
            api()
                .get(Api.token("331102", Roles.INSPECTOR), item(ticket) + "?reveal=true")
                .getStatus())
        .isEqualTo(403);

    Casework cw = new Casework(api());
    String assign = "{\"unit\":\"county.hrss\"}";
    assertThat(cw.withTag(SUPERVISOR, item(ticket) + "/assignment", null, assign).getStatus())
        .isEqualTo(428);
    assertThat(
            cw.withTag(SUPERVISOR, item(ticket) + "/assignment", "\"stale\"", assign).getStatus())
        .isEqualTo(412);
    assertThat(cw.ok(SUPERVISOR, item(ticket), "/assignment", assign).getString("state"))
        .isEqualTo("ASSIGNED");

    JsonObject answered =
        cw.ok(
            SUPERVISOR,
            item(ticket),
            "/answer",
            "{\"reply\":\"经核实属实，已约谈并整改\",\"verdict\":\"UPHELD\",\"correctBy\":\"2027-01-15\"}");
    assertThat(answered.getString("state")).isEqualTo("ANSWERED");
    assertThat(answered.getString("verdict")).isEqualTo("UPHELD");
    assertThat(answered.getString("correctiveAction")).startsWith("CA-");

    JsonObject after = Api.json(api().get(null, follow));
    assertThat(after.getString("state")).isEqualTo("ANSWERED");
    assertThat(after.getString("verdict")).isEqualTo("UPHELD");
    assertThat(after.getJsonArray("messages").getJsonObject(0).getString("text"))
        .isEqualTo("经核实属实，已约谈并整改");
    assertThat(after.toString()).doesNotContain("13812341234");

    // 9.3.3: the re-check of the corrective action the complaint raised reaches the ticket
    String action = "/api/v1/corrective-actions/" + answered.getString("correctiveAction");
    cw.ok(Api.token("331102", Roles.HANDLER), action, "/correction", "{\"account\":\"已约谈\"}");
    cw.ok(SUPERVISOR, action, "/rechecks", "{\"passed\":true,\"notes\":\"回访群众，态度已改善\"}");
    JsonObject fedBack = Api.json(api().get(null, follow));
    assertThat(fedBack.getJsonArray("messages")).hasSize(2);
    assertThat(fedBack.getJsonArray("messages").getJsonObject(1).getString("text"))
        .contains("复查 round 1", "passed", "回访群众，态度已改善");

    assertThat(cw.ok(SUPERVISOR, item(ticket), "/closure", null).getString("state"))
        .isEqualTo("CLOSED");
  }

  @Test
  void a_retried_submission_with_the_same_idempotency_key_gets_the_same_ticket() {
    String body = "{\"kind\":\"PRAISE\",\"content\":\"调解员很耐心\"}";
    Response first =
        api()
            .as(null, "/api/v1/feedback?county=331102")
            .header("Idempotency-Key", "fb-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    Response again =
        api()
            .as(null, "/api/v1/feedback?county=331102")
            .header("Idempotency-Key", "fb-retry-1")
            .post(Entity.entity(body, MediaType.APPLICATION_JSON));
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(Api.json(again).getString("ticket")).isEqualTo(Api.json(first).getString("ticket"));
  }

  @Test
  void public_submissions_are_validated_and_limited_to_what_the_public_brings() {
    assertThat(
            Casework.errors(
                api().post(null, "/api/v1/feedback", "{\"kind\":\"OPINION\",\"content\":\"x\"}")))
        .contains("county");
    assertThat(
            api()
                .post(
                    null,
                    "/api/v1/feedback?county=331199",
                    "{\"kind\":\"OPINION\",\"content\":\"x\"}")
                .getStatus())
        .isEqualTo(404);
    assertThat(Casework.errors(api().post(null, "/api/v1/feedback?county=331102", "{\"kind\":")))
        .isEqualTo("[]");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        null,
                        "/api/v1/feedback?county=331102",
                        "{\"kind\":\"OPINION\",\"content\":5}")))
        .contains("content");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        null,
                        "/api/v1/feedback?county=331102",
                        "{\"kind\":\"RUMOUR\",\"content\":\"x\"}")))
        .contains("kind");
    assertThat(
            Casework.errors(
                api().post(null, "/api/v1/feedback?county=331102", "{\"kind\":\"OPINION\"}")))
        .contains("content");
    assertThat(
            Casework.errors(
                api()
                    .post(
                        null,
                        "/api/v1/feedback?county=331102",
                        "{\"kind\":\"OPINION\",\"content\":\"x\",\"about\":\"a b\","
                            + "\"contact\":\"\"}")))
        .contains("about", "contact");
    // what only staff record: higher-level supervision, phone and letter channels
    assertThat(
            Casework.errors(
                api()
                    .post(
                        null,
                        "/api/v1/feedback?county=331102",
                        "{\"kind\":\"HIGHER_LEVEL_SUPERVISION\",\"channel\":\"PHONE\","
                            + "\"content\":\"x\"}")))
        .contains("kind", "channel");
    String tooLong = "长".repeat(2001);
    assertThat(
            Casework.errors(
                api()
                    .post(
                        null,
                        "/api/v1/feedback?county=331102",
                        "{\"kind\":\"OPINION\",\"content\":\"" + tooLong + "\"}")))
        .contains("content");
    // staff record them, for their own county only
    Response phone =
        api()
            .post(
                CLERK,
                "/api/v1/feedback",
                "{\"kind\":\"HIGHER_LEVEL_SUPERVISION\",\"channel\":\"HIGHER_LEVEL\","
                    + "\"content\":\"市中心督查：等候时间过长\",\"about\":\"county.center\"}");
    assertThat(phone.getStatus()).isEqualTo(201);
    assertThat(Api.json(phone).getString("kind")).isEqualTo("HIGHER_LEVEL_SUPERVISION");
    assertThat(
            api()
                .post(
                    Api.token("331121", Roles.CLERK),
                    "/api/v1/feedback?county=331102",
                    "{\"kind\":\"OPINION\",\"channel\":\"PHONE\",\"content\":\"x\"}")
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void unknown_tickets_are_404_and_staff_reads_need_a_token_the_role_and_the_county() {
    assertThat(api().get(null, item("FB-2026-99999") + "/status?county=331102").getStatus())
        .isEqualTo(404);
    assertThat(api().get(SUPERVISOR, item("FB-2026-99999")).getStatus()).isEqualTo(404);
    assertThat(Casework.errors(api().get(null, item("FB_1") + "/status?county=331102")))
        .contains("ticket");
    assertThat(Casework.errors(api().get(null, item("FB-2026-00001") + "/status")))
        .contains("county");

    String ticket =
        submitted("{\"kind\":\"OPINION\",\"content\":\"希望延长窗口时间\"}").getString("ticket");
    // the public reads the status only
    assertThat(api().get(null, item(ticket)).getStatus()).isEqualTo(401);
    assertThat(api().get(null, "/api/v1/feedback?county=331102").getStatus()).isEqualTo(401);
    assertThat(api().get(null, "/api/v1/feedback/overdue?county=331102").getStatus())
        .isEqualTo(401);
    assertThat(
            api()
                .as(null, item(ticket) + "/answer?county=331102")
                .header("If-Match", "*")
                .post(Entity.entity("{\"reply\":\"x\"}", MediaType.APPLICATION_JSON))
                .getStatus())
        .isEqualTo(401);
    // wrong role, other county
    assertThat(api().get(Api.token("331102", Roles.ANALYST), item(ticket)).getStatus())
        .isEqualTo(403);
    assertThat(api().get(OTHER_SUPERVISOR, item(ticket) + "?county=331102").getStatus())
        .isEqualTo(403);
    Casework cw = new Casework(api());
    String etag = cw.etag(SUPERVISOR, item(ticket));
    assertThat(cw.withTag(CLERK, item(ticket) + "/answer", etag, "{\"reply\":\"x\"}").getStatus())
        .isEqualTo(403);
    // an opinion has no verdict; a reply is required
    assertThat(
            Casework.errors(
                cw.withTag(SUPERVISOR, item(ticket) + "/answer", etag, "{\"verdict\":\"UPHELD\"}")))
        .contains("reply", "verdict");
    // closing before the answer is a conflict with the item's state
    assertThat(cw.withTag(SUPERVISOR, item(ticket) + "/closure", etag, null).getStatus())
        .isEqualTo(409);
  }

  @Test
  void staff_list_items_and_the_overdue_ones_paged_with_masked_contacts() {
    submitted("{\"kind\":\"OPINION\",\"content\":\"座椅不够\",\"contact\":\"a.li@example.cn\"}");
    submitted("{\"kind\":\"COMPLAINT\",\"content\":\"排队太久\"}");
    JsonObject page = Api.json(api().get(SUPERVISOR, "/api/v1/feedback?state=RECEIVED&size=1"));
    assertThat(page.getInt("size")).isEqualTo(1);
    assertThat(page.getJsonArray("items")).hasSize(1);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
    JsonObject opinions = Api.json(api().get(SUPERVISOR, "/api/v1/feedback?kind=OPINION&size=200"));
    assertThat(opinions.toString()).contains("a***@example.cn").doesNotContain("a.li@");
    assertThat(Casework.errors(api().get(SUPERVISOR, "/api/v1/feedback?state=LOST&page=-1")))
        .contains("state");
    assertThat(Casework.errors(api().get(SUPERVISOR, "/api/v1/feedback?page=x&size=1000")))
        .contains("page", "size");
    // nothing is past its answer deadline yet: items are due within working days
    JsonObject overdue = Api.json(api().get(SUPERVISOR, "/api/v1/feedback/overdue"));
    assertThat(overdue.getInt("total")).isZero();
    assertThat(overdue.getJsonArray("failed")).isEmpty();
    assertThat(api().get(CLERK, "/api/v1/feedback/overdue").getStatus()).isEqualTo(403);
  }
}
