package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.db3311.sgc.adapter.sms.SmsSigner;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SMS gateway's callbacks over HTTP — delivery receipts and replies to the satisfaction survey,
 * signed with the gateway's key — the staff's list of notices with their delivery state, guidance
 * supervision notices to duty mobiles, and the inspection tenant's notices sent on its own clock.
 * The gateway is the JDK's HttpServer.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/sms-callback")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@AddConfig(key = "sgc.inspection.enabled", value = "true")
@AddConfig(key = "sgc.messaging.interval", value = "PT0S")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@AddConfig(key = "sgc.sms.endpoint", value = "http://127.0.0.1:" + SmsCallbackApiTest.PORT)
@AddConfig(key = "sgc.sms.access-key-id", value = SmsCallbackApiTest.KEY_ID)
@AddConfig(key = "sgc.sms.access-key-secret", value = SmsCallbackApiTest.SECRET)
@AddConfig(key = "sgc.sms.sign-name", value = "丽水市社会治理中心")
@AddConfig(key = "sgc.guidance.duty-mobile.331102001", value = "13905781234")
@DisplayName("SMS callbacks: signed receipts and survey replies, notices with their delivery state")
class SmsCallbackApiTest {

  static final int PORT = 18953;
  static final String KEY_ID = "test-key";
  static final String SECRET = "a-secret-of-sixteen-or-more";
  static final String CLERK = Api.token("331102", Roles.CLERK);
  static final String HANDLER = Api.token("331102", Roles.HANDLER);
  static final String SUPERVISOR = Api.token("331102", Roles.SUPERVISOR);
  static final String QINGTIAN_CLERK = Api.token("331121", Roles.CLERK);
  static final String INSPECTOR = Api.token("331199", Roles.INSPECTOR);
  static final String RECEIPTS = "/api/v1/sms/receipts";
  static final String REPLIES = "/api/v1/sms/replies";

  /** One message the gateway received. */
  record Received(String idempotencyKey, String body) {}

  private static final List<Received> received = new CopyOnWriteArrayList<>();
  private static HttpServer gateway;

  @Inject WebTarget target;
  @Inject MessagingWiring messaging;
  Api api;
  Casework cw;

  @BeforeAll
  static void startGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
    gateway.createContext("/v1/messages", SmsCallbackApiTest::message);
    gateway.start();
  }

  @AfterAll
  static void stopGateway() {
    gateway.stop(0);
  }

  private static void message(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = x.getRequestHeaders().getFirst("Idempotency-Key");
    received.add(new Received(key, body));
    byte[] answer = ("{\"messageId\":\"gw-" + key + "\"}").getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(200, answer.length);
    x.getResponseBody().write(answer);
    x.close();
  }

  @BeforeEach
  void client() {
    api = new Api(target);
    cw = new Casework(api);
  }

  /** POSTs {@code json} as the gateway would, signed with {@code secret} at {@code timestamp}. */
  Response callback(String path, String json, String secret, long timestamp) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String nonce = UUID.randomUUID().toString().replace("-", "");
    String signature =
        new SmsSigner(secret).sign(SmsSigner.canonical("POST", path, timestamp, nonce, null, body));
    return target
        .path(path)
        .request()
        .header(SmsSigner.KEY_ID, KEY_ID)
        .header(SmsSigner.TIMESTAMP, Long.toString(timestamp))
        .header(SmsSigner.NONCE, nonce)
        .header(SmsSigner.SIGNATURE, signature)
        .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
  }

  Response signed(String path, String json) {
    return callback(path, json, SECRET, Instant.now().getEpochSecond());
  }

  static void problem(Response r, int status) {
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(status);
    assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
    assertThat(body).doesNotContain("13812341234");
  }

  JsonArray notices(String token, String query) {
    Response r = api.get(token, "/api/v1/notices?" + query);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    assertThat(body).as("telephone numbers are masked").doesNotContain("13812341234");
    return jakarta.json.Json.createReader(new java.io.StringReader(body))
        .readObject()
        .getJsonArray("items");
  }

  /** A matter whose registration form is missing, reviewed: a supplement notice is queued. */
  String supplementRequested(String token, String township) {
    Response r =
        api.post(token, "/api/v1/matters", Api.registration(township, "紫金街道9号", MatterApiTest.ID));
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(201);
    String number =
        jakarta.json.Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getString("number");
    JsonObject d =
        Api.json(
            cw.change(token, "/api/v1/matters/" + number, "/decision", "{\"verdict\":\"REVIEW\"}"));
    assertThat(d.getString("outcome")).isEqualTo("SUPPLEMENT_REQUESTED");
    return number;
  }

  @Test
  @DisplayName(
      "a signed delivery receipt is recorded on the notice; staff see it, the number masked")
  void a_signed_receipt_records_the_delivery() {
    String number = supplementRequested(CLERK, "331102001");
    JsonObject queued = notices(CLERK, "reference=" + number).getJsonObject(0);
    assertThat(queued.getString("state")).isEqualTo("QUEUED");
    assertThat(queued.getString("template")).isEqualTo("supplement");
    assertThat(queued.getString("phone")).isEqualTo("138****1234");

    messaging.runOnce();
    String id = queued.getString("id");
    assertThat(received).extracting(Received::idempotencyKey).contains(id);
    assertThat(notices(CLERK, "reference=" + number).getJsonObject(0).getString("state"))
        .isEqualTo("SENT");

    Response r =
        signed(
            RECEIPTS,
            "{\"idempotencyKey\":\""
                + id
                + "\",\"messageId\":\"gw-"
                + id
                + "\",\"status\":\"DELIVERED\",\"at\":\""
                + Instant.now()
                + "\"}");
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(Api.json(r).getString("state")).isEqualTo("DELIVERED");
    JsonObject delivered = notices(CLERK, "reference=" + number).getJsonObject(0);
    assertThat(delivered.getString("state")).isEqualTo("DELIVERED");
    assertThat(delivered.getString("messageId")).isEqualTo("gw-" + id);
    assertThat(delivered.getString("settledAt")).isNotBlank();

    // pushed again: nothing changes
    assertThat(
            signed(RECEIPTS, "{\"idempotencyKey\":\"" + id + "\",\"status\":\"FAILED\"}")
                .getStatus())
        .isEqualTo(200);
    assertThat(notices(CLERK, "reference=" + number).getJsonObject(0).getString("state"))
        .isEqualTo("DELIVERED");
  }

  @Test
  @DisplayName("an unsigned, forged or stale callback is 401, a malformed one 400, an unknown 404")
  void callbacks_not_signed_by_the_gateway_are_refused() {
    String receipt = "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"status\":\"DELIVERED\"}";
    problem(
        target
            .path(RECEIPTS)
            .request()
            .post(Entity.entity(receipt, MediaType.APPLICATION_JSON_TYPE)),
        401);
    problem(
        callback(RECEIPTS, receipt, "another-secret-of-sixteen", Instant.now().getEpochSecond()),
        401);
    problem(callback(RECEIPTS, receipt, SECRET, Instant.now().getEpochSecond() - 3600), 401);
    problem(
        callback(REPLIES, "{\"replyTo\":\"x\",\"text\":\"1\"}", "wrong-secret-0123456", 0), 401);
    // a body changed after signing
    byte[] body = receipt.getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    String signature =
        new SmsSigner(SECRET).sign(SmsSigner.canonical("POST", RECEIPTS, now, "n1", null, body));
    problem(
        target
            .path(RECEIPTS)
            .request()
            .header(SmsSigner.KEY_ID, KEY_ID)
            .header(SmsSigner.TIMESTAMP, Long.toString(now))
            .header(SmsSigner.NONCE, "n1")
            .header(SmsSigner.SIGNATURE, signature)
            .post(
                Entity.entity(receipt.replace("DELIVERED", "FAILED"), MediaType.APPLICATION_JSON)),
        401);

    problem(signed(RECEIPTS, "{\"status\":\"DELIVERED\"}"), 400);
    problem(signed(RECEIPTS, "not json"), 400);
    problem(signed(RECEIPTS, "{\"idempotencyKey\":\"x\",\"status\":\"LOST\"}"), 400);
    problem(signed(REPLIES, "{\"text\":\"1\"}"), 400);
    problem(signed(REPLIES, "{\"replyTo\":\"abc\",\"text\":\"1\",\"at\":\"yesterday\"}"), 400);
    problem(signed(REPLIES, "{\"replyTo\":\"abc\",\"text\":\"1\"}"), 400);
    problem(signed(RECEIPTS, receipt), 404);
    problem(
        signed(
            REPLIES,
            "{\"replyTo\":\""
                + UUID.randomUUID()
                + "\",\"text\":\"1\",\"at\":\""
                + Instant.now()
                + "\"}"),
        404);
  }

  @Test
  @DisplayName("notices are listed for staff covering the matter, paged; bad queries are 400")
  void notices_are_listed_for_staff_who_cover_the_matter() {
    String number = supplementRequested(CLERK, "331102001");
    assertThat(api.get(QINGTIAN_CLERK, "/api/v1/notices?reference=" + number).getStatus())
        .isEqualTo(403);
    assertThat(api.get(null, "/api/v1/notices?reference=" + number).getStatus()).isEqualTo(401);
    problem(api.get(CLERK, "/api/v1/notices"), 400);
    problem(api.get(CLERK, "/api/v1/notices?reference=" + number + "&size=0"), 400);
    JsonObject page = Api.json(api.get(CLERK, "/api/v1/notices?reference=" + number + "&size=1"));
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(1);
  }

  /** An event matter handled and closed: its parties are told the result and surveyed. */
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
    return number;
  }

  String surveyOf(String number) {
    JsonArray all = notices(CLERK, "reference=" + number);
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(n -> "survey".equals(n.getString("template", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName(
      "6.2.1.4.2 (可: a product choice) a reply to the text survey is the party's answer on the follow-up")
  void a_survey_reply_is_recorded_on_the_follow_up() {
    String number = closed("紫金街道51号");
    String survey = surveyOf(number);
    String at = Instant.now().toString();
    String reply = "{\"replyTo\":\"" + survey + "\",\"text\":\"3 处理太慢\",\"at\":\"" + at + "\"}";

    Response r = signed(REPLIES, reply);
    String body = r.readEntity(String.class);
    assertThat(r.getStatus()).as(body).isEqualTo(200);
    assertThat(body).contains("\"answer\":\"DISSATISFIED\"", number + "/F1", "\"again\":false");

    JsonObject f = Api.json(api.get(CLERK, "/api/v1/follow-ups/" + number + "/F1"));
    assertThat(f.getString("state")).isEqualTo("DISSATISFIED");
    JsonObject answer = f.getJsonArray("answers").getJsonObject(0);
    assertThat(answer.getString("respondent")).isEqualTo("张三");
    assertThat(answer.getString("method")).isEqualTo("SMS");
    assertThat(answer.getString("comment")).isEqualTo("3 处理太慢");

    // the gateway pushes the same reply again: recorded once
    assertThat(Api.json(signed(REPLIES, reply)).getBoolean("again")).isTrue();
    assertThat(
            Api.json(api.get(CLERK, "/api/v1/follow-ups/" + number + "/F1"))
                .getJsonArray("answers"))
        .hasSize(1);

    // a reply naming no offered answer: 422, nothing recorded
    problem(
        signed(
            REPLIES,
            "{\"replyTo\":\"" + survey + "\",\"text\":\"你们好\",\"at\":\"" + Instant.now() + "\"}"),
        422);
    // a reply to a notice that is not a survey (the result notice): 404
    String result =
        notices(CLERK, "reference=" + number).stream()
            .map(JsonObject.class::cast)
            .filter(n -> "result".equals(n.getString("template", "")))
            .findFirst()
            .orElseThrow()
            .getString("id");
    problem(
        signed(
            REPLIES,
            "{\"replyTo\":\"" + result + "\",\"text\":\"1\",\"at\":\"" + Instant.now() + "\"}"),
        404);
    // concluded: the follow-up takes no more answers
    cw.ok(SUPERVISOR, "/api/v1/follow-ups/" + number + "/F1", "/conclusion", null);
    problem(
        signed(
            REPLIES,
            "{\"replyTo\":\"" + survey + "\",\"text\":\"1\",\"at\":\"" + Instant.now() + "\"}"),
        409);
  }

  @Test
  @Implements("6.8")
  @DisplayName(
      "6.8 guidance supervision notices go by text to a unit's duty mobile, else its inbox")
  void guidance_supervision_notices_reach_the_duty_mobile() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Response issued =
        api.as(SUPERVISOR, "/api/v1/guidance/tasks")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                Entity.entity(
                    GuidanceApiTest.task("{\"on\":\"" + today + "\"}"), "application/json"));
    assertThat(issued.getStatus()).isEqualTo(201);
    String task = Api.json(issued).getString("id");
    assertThat(api.post(SUPERVISOR, "/api/v1/guidance/sweeps", "").getStatus()).isEqualTo(200);

    JsonArray listed = notices(SUPERVISOR, "reference=" + task + "&county=331102");
    assertThat(listed).hasSize(2);
    JsonObject township = listed.getJsonObject(0);
    assertThat(township.getString("channel")).isEqualTo("SMS");
    assertThat(township.getString("template")).isEqualTo("guidance-supervision");
    assertThat(township.getString("phone")).isEqualTo("139****1234");
    assertThat(listed.getJsonObject(1).getString("channel")).isEqualTo("UNIT_INBOX");
    // a township's handler is not county-wide
    assertThat(
            api.get(Api.token("331102001", Roles.HANDLER), "/api/v1/notices?reference=" + task)
                .getStatus())
        .isEqualTo(403);

    messaging.runOnce();
    assertThat(received)
        .filteredOn(m -> m.idempotencyKey().equals(township.getString("id")))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.body())
                    .contains("\"to\":\"13905781234\"", "guidance-supervision", task));
  }

  @Test
  @DisplayName("the inspection tenant's notices fall due on its own clock, not on real time")
  void the_tenant_notices_are_sent_on_its_clock() {
    Response moved =
        api.as(INSPECTOR, "/api/v1/inspection/clock")
            .put(
                Entity.entity(
                    "{\"now\":\"" + Instant.now().plusSeconds(10 * 86_400) + "\"}",
                    MediaType.APPLICATION_JSON));
    assertThat(moved.getStatus()).isEqualTo(200);
    try {
      String number = supplementRequested(INSPECTOR, "331199001");
      String id = notices(INSPECTOR, "reference=" + number).getJsonObject(0).getString("id");

      List<MessagingWiring.CountyReport> round = messaging.runOnce();

      assertThat(round)
          .filteredOn(c -> c.county().equals("331199"))
          .singleElement()
          .satisfies(c -> assertThat(c.noticesSent()).isEqualTo(1));
      assertThat(received).extracting(Received::idempotencyKey).contains(id);
      assertThat(notices(INSPECTOR, "reference=" + number).getJsonObject(0).getString("state"))
          .isEqualTo("SENT");

      // the tenant's data removed (its store opened afresh): its messaging goes on, on the new one
      assertThat(api.as(INSPECTOR, "/api/v1/inspection/data").delete().getStatus()).isEqualTo(200);
      String after = supplementRequested(INSPECTOR, "331199001");
      assertThat(messaging.runOnce())
          .filteredOn(c -> c.county().equals("331199"))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.relayFailures()).isEmpty();
                assertThat(c.noticeFailures()).isEmpty();
                assertThat(c.noticesSent()).isEqualTo(1);
              });
      assertThat(notices(INSPECTOR, "reference=" + after).getJsonObject(0).getString("state"))
          .isEqualTo("SENT");
    } finally {
      api.as(INSPECTOR, "/api/v1/inspection/clock")
          .put(Entity.entity("{\"now\":\"" + Instant.now() + "\"}", MediaType.APPLICATION_JSON));
    }
  }
}
