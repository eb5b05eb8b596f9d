package org.db3311.sgc.adapter.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMS gateway, from plain properties ({@code sgc.sms.*}, see the README). {@link
 * #from(Properties)} checks everything at once and names every problem; the secret never appears in
 * a message or in {@link #toString()}.
 *
 * @param endpoint the gateway's base URL, {@code http} or {@code https}
 * @param accessKeyId the access key id the gateway issued
 * @param accessKeySecret the secret of the access key (at least 16 characters)
 * @param signName the message signature (短信签名) the gateway registered, e.g. 丽水市社会治理中心
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer to one request
 * @param maxAttempts requests per send: the first and the retries after a 5xx answer or a timeout
 * @param firstBackoff the wait before the first retry; each later one doubles, up to {@code
 *     maxBackoff}, jittered down by up to half
 * @param receiptMaxSkew how far a pushed receipt's timestamp may be from now
 */
public record SmsSettings(
    URI endpoint,
    String accessKeyId,
    String accessKeySecret,
    String signName,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration receiptMaxSkew) {

  public static final String PREFIX = "sgc.sms.";

  public SmsSettings {
    List<String> problems = new ArrayList<>();
    check(endpoint, accessKeyId, accessKeySecret, signName, problems);
    if (positive(connectTimeout)
        && positive(requestTimeout)
        && positive(firstBackoff)
        && positive(maxBackoff)
        && positive(receiptMaxSkew)) {
      if (maxBackoff.compareTo(firstBackoff) < 0) {
        problems.add("sgc.sms.backoff-max-ms is shorter than sgc.sms.backoff-first-ms");
      }
    } else {
      problems.add("timeouts, backoffs and the receipt skew are positive durations");
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      problems.add("sgc.sms.max-attempts is 1–10, not " + maxAttempts);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "SMS gateway misconfigured: " + String.join("; ", problems));
    }
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  private static void check(
      URI endpoint, String keyId, String secret, String signName, List<String> problems) {
    if (endpoint == null) {
      problems.add("sgc.sms.endpoint is required");
    } else if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
        || endpoint.getHost() == null) {
      problems.add("sgc.sms.endpoint is an http or https URL with a host, not " + endpoint);
    }
    if (keyId == null || keyId.isBlank()) {
      problems.add("sgc.sms.access-key-id is required");
    } else if (!keyId.matches("[A-Za-z0-9._-]{1,128}")) {
      problems.add("sgc.sms.access-key-id is 1–128 letters, digits, '.', '_' or '-'");
    }
    if (secret == null || secret.isBlank()) {
      problems.add("sgc.sms.access-key-secret is required");
    } else if (secret.length() < 16) {
      problems.add("sgc.sms.access-key-secret is at least 16 characters (it has fewer)");
    }
    if (signName == null || signName.isBlank()) {
      problems.add("sgc.sms.sign-name (the registered message signature) is required");
    }
  }

  /**
   * Reads {@code sgc.sms.*} from {@code p}.
   *
   * @throws IllegalArgumentException naming every missing or malformed property
   */
  public static SmsSettings from(Properties p) {
    Objects.requireNonNull(p, "properties");
    List<String> problems = new ArrayList<>();
    URI endpoint = null;
    String raw = value(p, "endpoint").orElse(null);
    if (raw != null) {
      try {
        endpoint = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
      } catch (URISyntaxException e) {
        problems.add("sgc.sms.endpoint is not a URL: " + e.getReason());
      }
    }
    String keyId = value(p, "access-key-id").orElse(null);
    String secret = value(p, "access-key-secret").orElse(null);
    String signName = value(p, "sign-name").orElse(null);
    if (raw != null && endpoint == null) {
      // reported above; let the remaining checks add theirs
      endpoint = URI.create("http://invalid");
    }
    check(raw == null ? null : endpoint, keyId, secret, signName, problems);
    long connect = number(p, "connect-timeout-ms", 3_000, problems);
    long request = number(p, "request-timeout-ms", 10_000, problems);
    long attempts = number(p, "max-attempts", 3, problems);
    long first = number(p, "backoff-first-ms", 200, problems);
    long max = number(p, "backoff-max-ms", 5_000, problems);
    long skew = number(p, "receipt-max-skew-s", 300, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "SMS gateway misconfigured: " + String.join("; ", problems));
    }
    return new SmsSettings(
        endpoint,
        keyId,
        secret,
        signName,
        Duration.ofMillis(connect),
        Duration.ofMillis(request),
        (int) attempts,
        Duration.ofMillis(first),
        Duration.ofMillis(max),
        Duration.ofSeconds(skew));
  }

  private static Optional<String> value(Properties p, String name) {
    return Optional.ofNullable(p.getProperty(PREFIX + name))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  private static long number(Properties p, String name, long fallback, List<String> problems) {
    Optional<String> v = value(p, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 1) {
        problems.add(PREFIX + name + " is a positive whole number, not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(PREFIX + name + " is a whole number, not '" + v.get() + "'");
      return fallback;
    }
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "SmsSettings[" + endpoint + ", key " + accessKeyId + ", " + maxAttempts + " attempts]";
  }
}
