package org.db3311.sgc.adapter.sms;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.notice.DeliveryStatus;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeQueue;

/**
 * The gateway's delivery receipts (状态回执), recorded in the {@link NoticeQueue}: pushed by the
 * gateway to the deployment ({@link #handle}, for whatever HTTP endpoint the server exposes) or
 * polled from it ({@link #poll}). A receipt is the JSON object
 *
 * <pre>
 * {"idempotencyKey": "&lt;notice id&gt;", "messageId": "…", "status": "DELIVERED" | "FAILED",
 *  "at": "2027-01-01T08:00:00Z", "reason": "…"}
 * </pre>
 *
 * A pushed receipt is signed by the gateway as requests are ({@link SmsSigner}); one with a wrong
 * key id or signature, or a timestamp further than the allowed skew from now, is rejected and
 * records nothing. Recording a receipt twice changes nothing, so a gateway may push again.
 */
public final class SmsReceipts {

  private final HttpSmsNotifier gateway;
  private final NoticeQueue queue;
  private final Clock clock;

  public SmsReceipts(HttpSmsNotifier gateway, NoticeQueue queue, Clock clock) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What became of a pushed receipt; the HTTP status to answer the gateway with. */
  public enum Outcome {
    /** Recorded (or already recorded): answer 200. */
    RECORDED(200),
    /** Signed correctly but names no notice this queue knows (forgotten, or another's): 404. */
    UNKNOWN_NOTICE(404),
    /** Not signed by the gateway (wrong key id or signature) or stale: 401, nothing recorded. */
    REJECTED_SIGNATURE(401),
    /** Signed, but not a receipt: 400, nothing recorded. */
    MALFORMED(400);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    public int httpStatus() {
      return status;
    }
  }

  /**
   * Handles one pushed receipt.
   *
   * @param method the request's method (POST)
   * @param pathAndQuery the request's path and query as received
   * @param headers the request's headers (any case)
   * @param body the request's body
   */
  public Outcome handle(
      String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    Optional<String> rejected = rejection(gateway, clock, method, pathAndQuery, headers, body);
    if (rejected.isPresent()) {
      return reject(rejected.get());
    }
    NoticeQueue.Receipt receipt;
    try {
      receipt = parse(body, clock);
    } catch (IllegalArgumentException e) {
      return Outcome.MALFORMED;
    }
    return record(receipt) ? Outcome.RECORDED : Outcome.UNKNOWN_NOTICE;
  }

  /**
   * Why a request the gateway pushed (a receipt, a reply) is not to be trusted: no timestamp, one
   * further than the allowed skew from now, another access key id, or a signature that is not the
   * gateway's over {@code method}, {@code pathAndQuery} and {@code body} ({@link SmsSigner}); empty
   * when it is signed correctly. Nothing is logged here; the reason names no person.
   *
   * @param gateway the gateway whose access key signs its callbacks
   * @param clock the real clock the gateway's timestamps are compared with
   * @param headers the request's headers (any case)
   */
  public static Optional<String> rejection(
      HttpSmsNotifier gateway,
      Clock clock,
      String method,
      String pathAndQuery,
      Map<String, String> headers,
      byte[] body) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    long timestamp;
    try {
      timestamp = Long.parseLong(h.getOrDefault(SmsSigner.TIMESTAMP, "").strip());
    } catch (NumberFormatException e) {
      return Optional.of("no timestamp");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant()).abs();
    if (skew.compareTo(gateway.settings().receiptMaxSkew()) > 0) {
      return Optional.of("a timestamp " + skew.toSeconds() + " s away from now");
    }
    if (!gateway.settings().accessKeyId().equals(h.get(SmsSigner.KEY_ID))) {
      return Optional.of("another access key");
    }
    String canonical =
        SmsSigner.canonical(
            method,
            pathAndQuery,
            timestamp,
            h.getOrDefault(SmsSigner.NONCE, ""),
            h.get(SmsSigner.IDEMPOTENCY_KEY),
            body);
    if (!gateway.signer().verify(canonical, h.get(SmsSigner.SIGNATURE))) {
      return Optional.of("a wrong signature");
    }
    return Optional.empty();
  }

  /**
   * The receipt in a pushed body (its signature checked first with {@link #rejection}); without an
   * {@code at}, received now on {@code clock}.
   *
   * @throws IllegalArgumentException when the body is not a receipt (the message names no person)
   */
  public static NoticeQueue.Receipt parse(byte[] body, Clock clock) {
    try {
      return receipt(Json.readObject(new String(body, StandardCharsets.UTF_8)), clock);
    } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
      String why = Redaction.scrub(String.valueOf(e.getMessage()), null);
      HttpSmsNotifier.LOG.log(Level.WARNING, "SMS receipt not understood: {0}", why);
      throw new IllegalArgumentException("not a receipt: " + why);
    }
  }

  /**
   * Records a receipt (already checked and parsed) in this queue; false when the queue knows no
   * such notice.
   */
  public boolean record(NoticeQueue.Receipt receipt) {
    boolean known = queue.recordReceipt(receipt);
    HttpSmsNotifier.LOG.log(
        Level.INFO,
        "SMS receipt for notice {0}: {1}{2}",
        receipt.notice(),
        receipt.status(),
        known ? "" : " (no such notice)");
    return known;
  }

  private static Outcome reject(String why) {
    HttpSmsNotifier.LOG.log(Level.WARNING, "SMS receipt rejected: {0}", "a receipt with " + why);
    return Outcome.REJECTED_SIGNATURE;
  }

  /**
   * What one poll did.
   *
   * @param recorded receipts recorded
   * @param failures receipts not recorded (unknown notice, not understood), with why
   * @param next the cursor to poll from next time (unchanged when nothing came)
   */
  public record Poll(int recorded, List<ItemFailure> failures, Optional<String> next) {
    public Poll {
      failures = List.copyOf(failures);
    }
  }

  /**
   * Polls {@code GET /v1/receipts?after=cursor} and records every receipt; one receipt that cannot
   * be recorded is reported and the others are recorded.
   *
   * @throws IllegalStateException when the gateway cannot be asked (the message names no person)
   */
  public Poll poll(Optional<String> after) {
    String path =
        "/v1/receipts"
            + after.map(a -> "?after=" + URLEncoder.encode(a, StandardCharsets.UTF_8)).orElse("");
    HttpResponse<String> r;
    try {
      r = gateway.get(path);
    } catch (IOException e) {
      throw new IllegalStateException(
          "SMS gateway unreachable for receipts (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling SMS receipts");
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "SMS gateway answered HTTP " + r.statusCode() + " for receipts");
    }
    Map<String, Object> page = Json.readObject(r.body());
    int recorded = 0;
    List<ItemFailure> failures = new ArrayList<>();
    if (page.get("receipts") instanceof List<?> list) {
      for (Object o : list) {
        String key = o instanceof Map<?, ?> m ? String.valueOf(m.get("idempotencyKey")) : "?";
        try {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) o;
          if (record(receipt(m, clock))) {
            recorded++;
          } else {
            failures.add(new ItemFailure(key, "no such notice"));
          }
        } catch (RuntimeException e) {
          failures.add(new ItemFailure(key, Redaction.scrub(e.getMessage(), null)));
        }
      }
    }
    Optional<String> next =
        page.get("next") instanceof String s && !s.isBlank() ? Optional.of(s) : after;
    return new Poll(recorded, failures, next);
  }

  private static NoticeQueue.Receipt receipt(Map<String, Object> m, Clock clock) {
    if (!(m.get("idempotencyKey") instanceof String key)) {
      throw new IllegalArgumentException("a receipt names its idempotencyKey");
    }
    DeliveryStatus status =
        switch (String.valueOf(m.get("status"))) {
          case "DELIVERED" -> DeliveryStatus.DELIVERED;
          case "FAILED", "UNDELIVERED" -> DeliveryStatus.UNDELIVERED;
          default ->
              throw new IllegalArgumentException("a receipt's status is DELIVERED or FAILED");
        };
    Instant at = m.get("at") instanceof String s ? Instant.parse(s) : clock.instant();
    return new NoticeQueue.Receipt(
        new NoticeId(key),
        Optional.ofNullable(m.get("messageId")).map(String::valueOf),
        status,
        at,
        Optional.ofNullable(m.get("reason")).map(r -> Redaction.scrub(String.valueOf(r), null)));
  }
}
