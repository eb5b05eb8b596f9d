package org.db3311.sgc.adapter.sms;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.notice.NoticeDeliveryException;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeSender;

/**
 * Text messages through an SMS gateway over HTTP (JDK {@link HttpClient}): core's {@link Notifier}
 * and {@link NoticeSender} for the {@link Notification.Channel#SMS} channel.
 *
 * <p>Each message is one signed {@code POST {endpoint}/v1/messages} ({@link SmsSigner}) with an
 * {@code Idempotency-Key}: the queued notice's id when sent by the {@link
 * org.db3311.sgc.core.notice.NoticeDispatcher}, a fresh one for a direct {@link #send}. The gateway
 * answers 2xx with its {@code messageId}, the same for a key it has seen, so a retried request is
 * delivered once. A 5xx answer, a timeout or a broken connection is retried up to {@code
 * maxAttempts} times with exponential backoff and jitter, always with the same key; a 4xx answer is
 * a refusal, not retried ({@link NoticeDeliveryException#retryable()} false), except 408 and 429.
 *
 * <p>Logs go to {@link System.Logger} {@code org.db3311.sgc.adapter.sms}; neither they nor an
 * exception message ever hold a telephone number (masked as {@code 138****1234}), a name or an ID
 * number, even when the gateway's answer echoes one.
 */
public final class HttpSmsNotifier implements Notifier, NoticeSender {

  static final System.Logger LOG = System.getLogger("org.db3311.sgc.adapter.sms");

  private final SmsSettings settings;
  private final SmsSigner signer;
  private final SmsTemplates templates;
  private final HttpClient http;
  private final Clock clock;
  private final SecureRandom nonces = new SecureRandom();

  public HttpSmsNotifier(SmsSettings settings, SmsTemplates templates, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.signer = new SmsSigner(settings.accessKeySecret());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * The notifier from plain properties, with the shipped zh-CN templates.
   *
   * @throws IllegalArgumentException naming every missing or malformed {@code sgc.sms.*} property
   */
  public static HttpSmsNotifier fromProperties(Properties properties, Clock clock) {
    return new HttpSmsNotifier(SmsSettings.from(properties), SmsTemplates.zhCn(), clock);
  }

  @Override
  public boolean handles(Notification.Channel channel) {
    return channel == Notification.Channel.SMS;
  }

  /**
   * Sends one text message now, with a fresh idempotency key (retries within this call share it).
   * Use case code sends through the notice queue instead, whose dispatcher calls {@link #deliver}.
   */
  @Override
  public Receipt send(Notification notification) {
    return deliver(new NoticeId(UUID.randomUUID().toString()), notification);
  }

  @Override
  public Receipt deliver(NoticeId id, Notification n) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(n, "notification");
    if (n.channel() != Notification.Channel.SMS) {
      throw new IllegalArgumentException(
          "the SMS gateway sends text messages (SMS), not " + n.channel());
    }
    PhoneNumber to = n.recipient().phone().orElseThrow();
    String text;
    try {
      text = templates.render(n);
    } catch (IllegalArgumentException e) {
      throw new NoticeDeliveryException(e.getMessage(), false);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", to.value());
    body.put("signName", settings.signName());
    body.put("template", templates.keyFor(n));
    body.put("params", templates.valuesFor(n));
    body.put("text", text);
    byte[] json = Json.write(body).getBytes(StandardCharsets.UTF_8);

    String key = id.value();
    String masked = to.masked();
    int attempts = settings.maxAttempts();
    String lastProblem = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Outcome o = post("/v1/messages", key, json, n);
      switch (o) {
        case Outcome.Accepted a -> {
          LOG.log(
              Level.INFO,
              "SMS notice {0} to {1} accepted by the gateway as {2} (attempt {3})",
              key,
              masked,
              a.messageId(),
              attempt);
          return new Receipt(a.messageId(), clock.instant());
        }
        case Outcome.Refused r -> {
          LOG.log(Level.WARNING, "SMS notice {0} to {1} refused: {2}", key, masked, r.reason());
          throw new NoticeDeliveryException(
              "SMS gateway refused notice " + key + ": " + r.reason(), false);
        }
        case Outcome.Transient t -> {
          lastProblem = t.reason();
          if (attempt < attempts) {
            Duration wait = backoff(attempt);
            LOG.log(
                Level.WARNING,
                "SMS notice {0} to {1}: {2} (attempt {3} of {4}); retrying in {5} ms",
                key,
                masked,
                t.reason(),
                attempt,
                attempts,
                wait.toMillis());
            sleep(wait, key);
          }
        }
      }
    }
    LOG.log(
        Level.WARNING,
        "SMS notice {0} to {1} not sent after {2} attempts: {3}",
        key,
        masked,
        attempts,
        lastProblem);
    throw new NoticeDeliveryException(
        "SMS gateway unavailable for notice "
            + key
            + " after "
            + attempts
            + " attempts: "
            + lastProblem,
        true);
  }

  /** What one request came to. */
  private sealed interface Outcome {
    record Accepted(String messageId) implements Outcome {}

    record Refused(String reason) implements Outcome {}

    record Transient(String reason) implements Outcome {}
  }

  private Outcome post(String path, String key, byte[] json, Notification about) {
    HttpRequest request =
        signed(path, key, json)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new Outcome.Transient(
          "no answer within " + settings.requestTimeout().toMillis() + " ms");
    } catch (IOException e) {
      return new Outcome.Transient("connection failed (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoticeDeliveryException("interrupted while sending notice " + key, true);
    }
    int status = response.statusCode();
    String answer = Redaction.snippet(response.body(), about, 200);
    if (status >= 200 && status < 300) {
      try {
        Object messageId = Json.readObject(response.body()).get("messageId");
        if (messageId instanceof String s && !s.isBlank()) {
          return new Outcome.Accepted(s);
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      return new Outcome.Transient("HTTP " + status + " without a message id");
    }
    if (status >= 500 || status == 408 || status == 429) {
      return new Outcome.Transient("HTTP " + status + (answer.isEmpty() ? "" : " " + answer));
    }
    return new Outcome.Refused("HTTP " + status + (answer.isEmpty() ? "" : " " + answer));
  }

  /** A request to {@code path} with the signature headers. */
  HttpRequest.Builder signed(String pathAndQuery, String idempotencyKey, byte[] body) {
    long timestamp = clock.instant().getEpochSecond();
    byte[] raw = new byte[16];
    nonces.nextBytes(raw);
    String nonce = HexFormat.of().formatHex(raw);
    String method = body == null ? "GET" : "POST";
    String canonical =
        SmsSigner.canonical(method, pathAndQuery, timestamp, nonce, idempotencyKey, body);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(settings.endpoint() + pathAndQuery))
            .timeout(settings.requestTimeout())
            .header(SmsSigner.KEY_ID, settings.accessKeyId())
            .header(SmsSigner.TIMESTAMP, Long.toString(timestamp))
            .header(SmsSigner.NONCE, nonce)
            .header(SmsSigner.SIGNATURE, signer.sign(canonical));
    if (idempotencyKey != null) {
      b.header(SmsSigner.IDEMPOTENCY_KEY, idempotencyKey);
    }
    return b;
  }

  /** Exponential: first, 2×first… up to the longest; jittered down by up to half. */
  Duration backoff(int attempt) {
    Duration d = settings.firstBackoff();
    for (int i = 1; i < attempt && d.compareTo(settings.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    if (d.compareTo(settings.maxBackoff()) > 0) {
      d = settings.maxBackoff();
    }
    long half = d.toMillis() / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private static void sleep(Duration d, String key) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoticeDeliveryException("interrupted while retrying notice " + key, true);
    }
  }

  /** Whether the gateway is reachable and accepts this deployment's key now. */
  public record Health(boolean up, String detail) {}

  /** Asks the gateway's signed {@code GET /v1/health}; never throws. */
  public Health health() {
    try {
      HttpResponse<String> r =
          http.send(
              signed("/v1/health", null, null).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 200 && r.statusCode() < 300) {
        return new Health(
            true, "SMS gateway " + settings.endpoint().getHost() + " answered " + r.statusCode());
      }
      return new Health(
          false,
          "SMS gateway "
              + settings.endpoint().getHost()
              + " answered HTTP "
              + r.statusCode()
              + (r.statusCode() == 401 || r.statusCode() == 403
                  ? " (access key or signature refused)"
                  : ""));
    } catch (HttpTimeoutException e) {
      return new Health(
          false, "SMS gateway " + settings.endpoint().getHost() + " did not answer in time");
    } catch (IOException e) {
      return new Health(
          false,
          "SMS gateway "
              + settings.endpoint().getHost()
              + " unreachable ("
              + e.getClass().getSimpleName()
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Health(false, "interrupted");
    }
  }

  /** For {@link SmsReceipts}: a signed GET of {@code pathAndQuery}. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
        signed(pathAndQuery, null, null).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  SmsSettings settings() {
    return settings;
  }

  SmsSigner signer() {
    return signer;
  }

  @Override
  public String toString() {
    return "HttpSmsNotifier[" + settings.endpoint() + "]";
  }
}
