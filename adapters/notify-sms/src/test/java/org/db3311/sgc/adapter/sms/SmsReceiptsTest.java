package org.db3311.sgc.adapter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.adapter.sms.GatewayFixture.result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.notice.InMemoryNoticeQueue;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeQueue;
import org.db3311.sgc.core.notice.NoticeState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmsReceiptsTest {

  private final MutableClock clock = MutableClock.at("2026-12-31T23:59:00");
  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private FakeSmsGateway gateway;
  private SmsReceipts receipts;
  private NoticeId sent;

  @BeforeEach
  void setUp() throws IOException {
    gateway = new FakeSmsGateway();
    receipts = new SmsReceipts(GatewayFixture.notifier(gateway, clock), queue, clock);
    sent = queue.enqueue(result("331121-20261231-0001"), clock.instant()).id();
    queue.claimDue(new NoticeQueue.Claim("d1", clock.instant(), Duration.ofMinutes(5), 10));
    queue.recordSent(sent, "d1", "gw-1", clock.instant());
  }

  @AfterEach
  void tearDown() {
    gateway.close();
  }

  /** A receipt as the gateway pushes it, signed with {@code secret} at {@code at}. */
  private Map<String, String> signed(String secret, byte[] body, Instant at) {
    String nonce = "0f1e2d3c";
    long ts = at.getEpochSecond();
    String sig =
        new SmsSigner(secret)
            .sign(SmsSigner.canonical("POST", "/sms/receipts", ts, nonce, null, body));
    Map<String, String> h = new HashMap<>();
    h.put("x-sms-key-id", FakeSmsGateway.KEY_ID);
    h.put("x-sms-timestamp", Long.toString(ts));
    h.put("x-sms-nonce", nonce);
    h.put("x-sms-signature", sig);
    return h;
  }

  private static byte[] receipt(NoticeId id, String status) {
    return Json.write(
            Map.of(
                "idempotencyKey",
                id.value(),
                "messageId",
                "gw-1",
                "status",
                status,
                "at",
                "2026-12-31T16:00:30Z"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "a signed receipt pushed by the gateway records the notice delivered, in the next year")
  void a_pushed_receipt_is_recorded() {
    byte[] body = receipt(sent, "DELIVERED");
    clock.advance(Duration.ofMinutes(2)); // 2027-01-01 00:01 in Asia/Shanghai
    SmsReceipts.Outcome o =
        receipts.handle(
            "POST", "/sms/receipts", signed(FakeSmsGateway.SECRET, body, clock.instant()), body);
    assertThat(o).isEqualTo(SmsReceipts.Outcome.RECORDED);
    assertThat(o.httpStatus()).isEqualTo(200);
    assertThat(queue.find(sent).orElseThrow().state()).isEqualTo(NoticeState.DELIVERED);
    // pushed again: nothing changes
    assertThat(
            receipts.handle(
                "POST",
                "/sms/receipts",
                signed(FakeSmsGateway.SECRET, body, clock.instant()),
                body))
        .isEqualTo(SmsReceipts.Outcome.RECORDED);
  }

  @Test
  @DisplayName(
      "a receipt with a wrong signature, a stale timestamp or a tampered body records nothing")
  void forged_or_stale_receipts_are_rejected() {
    byte[] body = receipt(sent, "DELIVERED");
    assertThat(
            receipts.handle(
                "POST",
                "/sms/receipts",
                signed("not-the-gateway-secret", body, clock.instant()),
                body))
        .isEqualTo(SmsReceipts.Outcome.REJECTED_SIGNATURE);
    assertThat(
            receipts.handle(
                "POST",
                "/sms/receipts",
                signed(FakeSmsGateway.SECRET, body, clock.instant().minus(Duration.ofMinutes(6))),
                body))
        .isEqualTo(SmsReceipts.Outcome.REJECTED_SIGNATURE);
    Map<String, String> h = signed(FakeSmsGateway.SECRET, body, clock.instant());
    assertThat(receipts.handle("POST", "/sms/receipts", h, receipt(sent, "FAILED")))
        .isEqualTo(SmsReceipts.Outcome.REJECTED_SIGNATURE);
    assertThat(queue.find(sent).orElseThrow().state()).isEqualTo(NoticeState.SENT);
  }

  @Test
  @DisplayName("a signed receipt for an unknown notice, or one that is no receipt, records nothing")
  void unknown_and_malformed_receipts() {
    byte[] unknown = receipt(new NoticeId("no-such-notice"), "DELIVERED");
    assertThat(
            receipts.handle(
                "POST",
                "/sms/receipts",
                signed(FakeSmsGateway.SECRET, unknown, clock.instant()),
                unknown))
        .isEqualTo(SmsReceipts.Outcome.UNKNOWN_NOTICE);
    byte[] junk = "{\"status\":\"MAYBE\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(
            receipts.handle(
                "POST",
                "/sms/receipts",
                signed(FakeSmsGateway.SECRET, junk, clock.instant()),
                junk))
        .isEqualTo(SmsReceipts.Outcome.MALFORMED);
  }

  @Test
  @DisplayName("polled receipts are recorded, one bad receipt reported without stopping the rest")
  void polled_receipts_are_recorded() {
    NoticeId second = queue.enqueue(result("331121-20261231-0002"), clock.instant()).id();
    gateway.addReceipt(
        Map.of(
            "idempotencyKey",
            sent.value(),
            "messageId",
            "gw-1",
            "status",
            "FAILED",
            "reason",
            "空号 13812341234"));
    gateway.addReceipt(Map.of("idempotencyKey", "unknown-one", "status", "DELIVERED"));
    gateway.addReceipt(Map.of("idempotencyKey", second.value(), "status", "DELIVERED"));

    SmsReceipts.Poll p = receipts.poll(Optional.empty());

    assertThat(p.recorded()).isEqualTo(2);
    assertThat(p.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.item()).isEqualTo("unknown-one"));
    assertThat(p.next()).contains("c3");
    assertThat(queue.find(sent).orElseThrow().state()).isEqualTo(NoticeState.UNDELIVERED);
    assertThat(queue.find(sent).orElseThrow().lastFailure()).contains("空号 138****1234");
    assertThat(queue.find(second).orElseThrow().state()).isEqualTo(NoticeState.DELIVERED);
    assertThat(gateway.badSignatures()).isZero();
    assertThat(receipts.poll(p.next()).recorded()).isZero();
    assertThat(gateway.requests().getLast().path()).isEqualTo("/v1/receipts?after=c3");
  }
}
