package org.db3311.sgc.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.adapter.sms.GatewayFixture.result;
import static org.db3311.sgc.adapter.sms.GatewayFixture.supplement;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.NotifierContract;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.notice.NoticeDeliveryException;
import org.db3311.sgc.core.notice.NoticeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HttpSmsNotifierTest extends NotifierContract {

  private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
  private FakeSmsGateway gateway;

  @BeforeEach
  void start() throws IOException {
    gateway = new FakeSmsGateway();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Override
  protected Notifier newNotifier() {
    return GatewayFixture.notifier(gateway, clock);
  }

  private HttpSmsNotifier sms() {
    return GatewayFixture.notifier(gateway, clock);
  }

  @Test
  @DisplayName(
      "a supplement notice goes out signed, in Chinese, with the registration number and every material asked for")
  void supplement_notice_is_signed_and_templated() {
    Notifier.Receipt r =
        sms().deliver(new NoticeId("n-1"), supplement("331121-20261231-0001", "身份证明复印件、调解申请书"));

    assertThat(r.deliveryId()).isEqualTo("gw-1");
    assertThat(gateway.badSignatures()).isZero();
    FakeSmsGateway.Request req = gateway.requests().getFirst();
    assertThat(req.path()).isEqualTo("/v1/messages");
    assertThat(req.headers()).containsEntry("Idempotency-key", "n-1");
    Map<String, Object> json = req.json();
    assertThat(json)
        .containsEntry("to", GatewayFixture.PHONE)
        .containsEntry("template", "supplement")
        .containsEntry("signName", "丽水市社会治理中心");
    assertThat(json.get("params"))
        .isEqualTo(Map.of("reference", "331121-20261231-0001", "materials", "身份证明复印件、调解申请书"));
    assertThat((String) json.get("text"))
        .isEqualTo("您登记的事项（登记号331121-20261231-0001）需补正材料，请一次性补齐：身份证明复印件、调解申请书。补齐后请到中心窗口或原渠道提交。");
  }

  @Test
  @DisplayName(
      "a result notice carries its summary; a notification without a template goes as subject and body")
  void result_and_generic_texts() {
    sms().send(result("331121-20261231-0002"));
    sms()
        .send(
            new Notification(
                GatewayFixture.person(),
                Notification.Channel.SMS,
                "接访提醒",
                "明日9时接访",
                "B-2027-01-04-1"));
    assertThat(gateway.requests().get(0).json().get("text"))
        .isEqualTo("您反映的事项（登记号331121-20261231-0002）已办结，办理结果：双方达成协议。如有疑问请联系县社会治理中心。");
    assertThat(gateway.requests().get(1).json())
        .containsEntry("template", "generic")
        .containsEntry("text", "接访提醒：明日9时接访（B-2027-01-04-1）");
  }

  @Test
  @DisplayName(
      "5xx answers are retried with the same idempotency key, and the message is delivered once")
  void server_errors_are_retried_with_the_same_key() {
    gateway.fail(2, 500);
    Notifier.Receipt r = sms().deliver(new NoticeId("n-2"), result("331121-20261231-0003"));
    assertThat(r.deliveryId()).isEqualTo("gw-1");
    assertThat(gateway.attemptsByKey()).containsExactly(Map.entry("n-2", 3));
    assertThat(gateway.delivered()).containsExactly("n-2");
  }

  @Test
  @DisplayName(
      "a timeout is retried with the same key: the gateway that did accept it does not deliver it again")
  void timeouts_are_retried_with_the_same_key() {
    HttpSmsNotifier sms = GatewayFixture.impatient(gateway, clock);
    gateway.slow(1, 4_000);
    Notifier.Receipt r = sms.deliver(new NoticeId("n-3"), result("331121-20261231-0004"));
    assertThat(r.deliveryId()).isEqualTo("gw-1");
    assertThat(gateway.attemptsByKey()).containsEntry("n-3", 2);
    assertThat(gateway.delivered()).containsExactly("n-3");
  }

  @Test
  @DisplayName("a 4xx refusal is not retried and is no retryable failure")
  void refusals_are_not_retried() {
    gateway.fail(1, 400);
    assertThatThrownBy(() -> sms().deliver(new NoticeId("n-4"), result("331121-20261231-0005")))
        .isInstanceOfSatisfying(
            NoticeDeliveryException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("n-4");
    assertThat(gateway.attemptsByKey()).containsExactly(Map.entry("n-4", 1));
  }

  @Test
  @DisplayName("a gateway that keeps failing is a retryable failure after the configured attempts")
  void persistent_errors_are_retryable_failures() {
    gateway.goDown();
    assertThatThrownBy(() -> sms().deliver(new NoticeId("n-5"), result("331121-20261231-0006")))
        .isInstanceOfSatisfying(
            NoticeDeliveryException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("after 3 attempts");
    assertThat(gateway.attemptsByKey()).containsExactly(Map.entry("n-5", 3));
    assertThat(gateway.delivered()).isEmpty();
  }

  @Test
  @DisplayName(
      "a request signed with another secret is refused by the gateway (the signature is checked)")
  void a_wrong_secret_is_refused() {
    Properties p = GatewayFixture.properties(gateway);
    p.setProperty("sgc.sms.access-key-secret", "another-secret-16-chars");
    HttpSmsNotifier wrong = HttpSmsNotifier.fromProperties(p, clock);
    assertThatThrownBy(() -> wrong.send(result("331121-20261231-0007")))
        .isInstanceOfSatisfying(
            NoticeDeliveryException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("HTTP 401");
    assertThat(gateway.badSignatures()).isEqualTo(1);
    assertThat(wrong.health().up()).isFalse();
    assertThat(wrong.health().detail()).contains("refused");
  }

  @Test
  @DisplayName("only text messages; an unknown template is refused before any request")
  void only_text_messages_with_known_templates() {
    assertThatThrownBy(
            () ->
                sms()
                    .send(
                        new Notification(
                            Notification.Recipient.unit(UnitId.of("331121-SFJ"), "县司法局"),
                            Notification.Channel.UNIT_INBOX,
                            "督办",
                            "请办理",
                            "331121-20261231-0008")))
        .hasMessageContaining("UNIT_INBOX");
    assertThatThrownBy(
            () -> sms().send(result("331121-20261231-0009").withTemplate("no-such", Map.of())))
        .isInstanceOfSatisfying(
            NoticeDeliveryException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("no SMS template 'no-such'");
    assertThatThrownBy(
            () -> sms().send(result("331121-20261231-0010").withTemplate("supplement", Map.of())))
        .hasMessageContaining("needs the field 'materials'");
    assertThat(gateway.requests()).isEmpty();
    assertThat(sms().handles(Notification.Channel.SMS)).isTrue();
    assertThat(sms().handles(Notification.Channel.UNIT_INBOX)).isFalse();
  }

  @Test
  @DisplayName(
      "health: up when the gateway answers, down with the reason when it fails or is unreachable")
  void health_check() throws IOException {
    assertThat(sms().health().up()).isTrue();
    gateway.goDown();
    assertThat(sms().health())
        .satisfies(
            h -> {
              assertThat(h.up()).isFalse();
              assertThat(h.detail()).contains("503");
            });
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Properties p = GatewayFixture.properties(gateway);
    p.setProperty("sgc.sms.endpoint", "http://127.0.0.1:" + closedPort);
    assertThat(HttpSmsNotifier.fromProperties(p, clock).health())
        .satisfies(
            h -> {
              assertThat(h.up()).isFalse();
              assertThat(h.detail()).contains("unreachable");
            });
  }

  @Test
  @DisplayName("misconfigured: fails at construction naming every problem, never the secret")
  void fails_fast_on_bad_settings() {
    Properties p = new Properties();
    p.setProperty("sgc.sms.endpoint", "ftp://gateway.example");
    p.setProperty("sgc.sms.access-key-secret", "short-secret");
    p.setProperty("sgc.sms.max-attempts", "many");
    assertThatThrownBy(() -> HttpSmsNotifier.fromProperties(p, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.sms.endpoint is an http or https URL")
        .hasMessageContaining("sgc.sms.access-key-id is required")
        .hasMessageContaining("sgc.sms.access-key-secret is at least 16 characters")
        .hasMessageContaining("sgc.sms.sign-name")
        .hasMessageContaining("sgc.sms.max-attempts is a whole number")
        .hasMessageNotContaining("short-secret");
    assertThatThrownBy(() -> HttpSmsNotifier.fromProperties(new Properties(), clock))
        .hasMessageContaining("sgc.sms.endpoint is required");
    SmsSettings ok = SmsSettings.from(GatewayFixture.properties(gateway));
    assertThat(ok.toString()).doesNotContain(FakeSmsGateway.SECRET);
  }

  @Test
  @DisplayName("the retry wait doubles up to the longest, jittered down by at most half")
  void backoff_doubles_with_jitter() {
    Properties p = GatewayFixture.properties(gateway);
    p.setProperty("sgc.sms.backoff-first-ms", "100");
    p.setProperty("sgc.sms.backoff-max-ms", "350");
    HttpSmsNotifier n =
        HttpSmsNotifier.fromProperties(p, Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")));
    for (int i = 0; i < 50; i++) {
      assertThat(n.backoff(1).toMillis()).isBetween(50L, 100L);
      assertThat(n.backoff(2).toMillis()).isBetween(100L, 200L);
      assertThat(n.backoff(3).toMillis()).isBetween(175L, 350L);
      assertThat(n.backoff(8).toMillis()).isBetween(175L, 350L);
    }
  }
}
