package org.db3311.sgc.adapter.gateway;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to reach one other body: its base URL, the bearer token the center presents, the timeouts and
 * how often a call is tried. Built from plain properties ({@link #fromProperties}) under a prefix
 * such as {@code sgc.gateway.city-center.}:
 *
 * <table>
 *   <caption>properties of one body</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code base-url}</td><td>the body's base URL; {@code https}, or {@code http} on a
 *       loopback address only (a token is never sent in clear over a network)</td><td>required</td></tr>
 *   <tr><td>{@code token}</td><td>the bearer token the body issued to this center</td>
 *       <td>required</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>ISO-8601 duration or milliseconds</td><td>PT5S</td></tr>
 *   <tr><td>{@code read-timeout}</td><td>the longest wait for the whole answer to one attempt (headers and body)</td>
 *       <td>PT10S</td></tr>
 *   <tr><td>{@code max-attempts}</td><td>attempts of one call, 1–10 (1: no retry)</td>
 *       <td>3</td></tr>
 *   <tr><td>{@code backoff}</td><td>the wait before the first retry; it doubles for each next one,
 *       with jitter</td><td>PT0.5S</td></tr>
 *   <tr><td>{@code max-backoff}</td><td>the longest wait between attempts (also caps a
 *       {@code Retry-After})</td><td>PT10S</td></tr>
 * </table>
 *
 * <p>A misconfiguration fails at once, naming the property: a missing or malformed value, an
 * unknown key under the prefix (a typo would otherwise go unnoticed), a token over plain HTTP to
 * another host.
 *
 * @param body the body's name as logs and errors show it, e.g. {@code city-center}
 */
public record GatewaySettings(
    String body,
    URI baseUrl,
    String token,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff) {

  /** The keys a body's properties may hold. */
  public static final Set<String> KEYS =
      Set.of(
          "base-url",
          "token",
          "connect-timeout",
          "read-timeout",
          "max-attempts",
          "backoff",
          "max-backoff");

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ATTEMPTS = 3;
  private static final Duration BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  public GatewaySettings {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a gateway names the body it reaches");
    }
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase();
    if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          body + ": the base URL must be an absolute http(s) URL, not '" + baseUrl + "'");
    }
    if (scheme.equals("http") && !isLoopback(baseUrl.getHost())) {
      throw new IllegalArgumentException(
          body
              + ": plain http is allowed to a loopback address only; "
              + baseUrl.getHost()
              + " needs https (the bearer token must not cross a network in clear)");
    }
    if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
      throw new IllegalArgumentException(
          body + ": the base URL has no query or fragment: '" + baseUrl + "'");
    }
    if (token == null || token.isBlank() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          body + ": the token is required, printable ASCII without spaces");
    }
    positive(body, "connect-timeout", connectTimeout);
    positive(body, "read-timeout", readTimeout);
    positive(body, "backoff", backoff);
    positive(body, "max-backoff", maxBackoff);
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException(
          body + ": max-attempts is 1–10 (1: no retry), not " + maxAttempts);
    }
    if (maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException(body + ": max-backoff is shorter than backoff");
    }
  }

  /** Settings with the defaults for everything but the address and the token. */
  public static GatewaySettings of(String body, URI baseUrl, String token) {
    return new GatewaySettings(
        body, baseUrl, token, CONNECT_TIMEOUT, READ_TIMEOUT, MAX_ATTEMPTS, BACKOFF, MAX_BACKOFF);
  }

  /** The same settings with other timeouts. */
  public GatewaySettings withTimeouts(Duration connect, Duration read) {
    return new GatewaySettings(
        body, baseUrl, token, connect, read, maxAttempts, backoff, maxBackoff);
  }

  /** The same settings with another retry policy. */
  public GatewaySettings withRetries(int attempts, Duration first, Duration longest) {
    return new GatewaySettings(
        body, baseUrl, token, connectTimeout, readTimeout, attempts, first, longest);
  }

  /**
   * Reads a body's settings from the properties under {@code prefix} (e.g. {@code
   * sgc.gateway.city-center.}).
   *
   * @throws IllegalArgumentException naming the property, when one is missing, malformed or unknown
   */
  public static GatewaySettings fromProperties(
      String body, Map<String, String> properties, String prefix) {
    Set<String> unknown = new TreeSet<>();
    for (String k : properties.keySet()) {
      if (k.startsWith(prefix) && !KEYS.contains(k.substring(prefix.length()))) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown gateway properties " + unknown + "; a body's keys are " + new TreeSet<>(KEYS));
    }
    String url = required(properties, prefix + "base-url");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(prefix + "base-url is not a URL: " + e.getMessage(), e);
    }
    String token = required(properties, prefix + "token").strip();
    Duration connect = duration(properties, prefix + "connect-timeout", CONNECT_TIMEOUT);
    Duration read = duration(properties, prefix + "read-timeout", READ_TIMEOUT);
    int attempts = integer(properties, prefix + "max-attempts", MAX_ATTEMPTS);
    Duration backoff = duration(properties, prefix + "backoff", BACKOFF);
    Duration maxBackoff = duration(properties, prefix + "max-backoff", MAX_BACKOFF);
    try {
      return new GatewaySettings(body, uri, token, connect, read, attempts, backoff, maxBackoff);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix + "*: " + e.getMessage(), e);
    }
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "GatewaySettings[body="
        + body
        + ", baseUrl="
        + baseUrl
        + ", token=***, connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", backoff="
        + backoff
        + ", maxBackoff="
        + maxBackoff
        + "]";
  }

  private static String required(Map<String, String> p, String key) {
    String v = p.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
    return v;
  }

  private static Duration duration(Map<String, String> p, String key, Duration fallback) {
    String v = p.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String s = v.strip();
    try {
      return s.chars().allMatch(Character::isDigit)
          ? Duration.ofMillis(Long.parseLong(s))
          : Duration.parse(s);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " is an ISO-8601 duration (PT5S) or milliseconds, not '" + v + "'", e);
    }
  }

  private static int integer(Map<String, String> p, String key, int fallback) {
    String v = p.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is a whole number, not '" + v + "'", e);
    }
  }

  private static void positive(String body, String key, Duration d) {
    Objects.requireNonNull(d, key);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(body + ": " + key + " must be positive, not " + d);
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // a name other than localhost is not resolved here
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
