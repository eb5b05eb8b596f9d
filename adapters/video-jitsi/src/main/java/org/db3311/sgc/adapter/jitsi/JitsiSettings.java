package org.db3311.sgc.adapter.jitsi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach the deployment's Jitsi Meet and sign its tokens, from plain properties (no framework
 * needed):
 *
 * <ul>
 *   <li>{@code sgc.video.jitsi.base-url} — the Jitsi Meet address, {@code https://} with a host and
 *       no path, query or fragment, e.g. {@code https://meet.sgc.example.cn}; required. Its host is
 *       the tokens' {@code sub} (the Jitsi domain)
 *   <li>{@code sgc.video.jitsi.app-id} — the application id Jitsi's token authentication is set up
 *       with (Prosody {@code app_id}); the tokens' {@code iss}; required
 *   <li>{@code sgc.video.jitsi.app-secret} — the shared secret (Prosody {@code app_secret}), at
 *       least 32 bytes in UTF-8 (HS256 needs a 256-bit key); required
 *   <li>{@code sgc.video.jitsi.audience} — the tokens' {@code aud}; default {@code jitsi}
 *   <li>{@code sgc.video.jitsi.token-lifetime} — how long after the session's start a link still
 *       lets its holder in (the token's {@code exp}), an ISO-8601 duration from 5 minutes to 7
 *       days; default {@code PT4H}
 *   <li>{@code sgc.video.jitsi.join-early} — how long before the start a link already works (the
 *       token's {@code nbf}), an ISO-8601 duration from 0 to 1 day; default {@code PT30M}
 * </ul>
 *
 * @param baseUrl the Jitsi Meet address
 * @param appId the application id
 * @param appSecret the shared secret; never printed by {@link #toString()}
 * @param audience the tokens' audience
 * @param tokenLifetime how long after the start a link works
 * @param joinEarly how long before the start a link works
 */
public record JitsiSettings(
    URI baseUrl,
    String appId,
    String appSecret,
    String audience,
    Duration tokenLifetime,
    Duration joinEarly) {

  static final int MINIMUM_SECRET_BYTES = 32;

  public JitsiSettings {
    Objects.requireNonNull(baseUrl, "sgc.video.jitsi.base-url is required");
    if (!"https".equalsIgnoreCase(baseUrl.getScheme())
        || baseUrl.getHost() == null
        || (baseUrl.getPath() != null
            && !baseUrl.getPath().isEmpty()
            && !"/".equals(baseUrl.getPath()))
        || baseUrl.getQuery() != null
        || baseUrl.getFragment() != null
        || baseUrl.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "sgc.video.jitsi.base-url must be https://<host>[:port] without path, query or user"
              + " (join links carry tokens), not "
              + baseUrl);
    }
    if (appId == null || appId.isBlank()) {
      throw new IllegalArgumentException("sgc.video.jitsi.app-id is required");
    }
    if (appSecret == null
        || appSecret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "sgc.video.jitsi.app-secret must be at least "
              + MINIMUM_SECRET_BYTES
              + " bytes (HS256 needs a 256-bit key)");
    }
    if (audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("sgc.video.jitsi.audience must not be blank");
    }
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    if (tokenLifetime.compareTo(Duration.ofMinutes(5)) < 0
        || tokenLifetime.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException(
          "sgc.video.jitsi.token-lifetime must be from PT5M to P7D, not " + tokenLifetime);
    }
    Objects.requireNonNull(joinEarly, "joinEarly");
    if (joinEarly.isNegative() || joinEarly.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "sgc.video.jitsi.join-early must be from PT0S to P1D, not " + joinEarly);
    }
  }

  /** Reads the settings; a missing or malformed property is named in the exception. */
  public static JitsiSettings from(Properties p) {
    String url = p.getProperty("sgc.video.jitsi.base-url");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("sgc.video.jitsi.base-url is required");
    }
    URI base;
    try {
      base = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("sgc.video.jitsi.base-url is not an address: " + url, e);
    }
    return new JitsiSettings(
        base,
        p.getProperty("sgc.video.jitsi.app-id"),
        p.getProperty("sgc.video.jitsi.app-secret"),
        p.getProperty("sgc.video.jitsi.audience", "jitsi").trim(),
        duration(p, "sgc.video.jitsi.token-lifetime", "PT4H"),
        duration(p, "sgc.video.jitsi.join-early", "PT30M"));
  }

  private static Duration duration(Properties p, String key, String fallback) {
    String v = p.getProperty(key, fallback).trim();
    try {
      return Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be an ISO-8601 duration (PT4H), not " + v, e);
    }
  }

  /** The Jitsi domain: the host of the base address, the tokens' {@code sub}. */
  public String domain() {
    return baseUrl.getHost();
  }

  /** The address of a room, without a token. */
  String roomUrl(String room) {
    String base = baseUrl.toString();
    return (base.endsWith("/") ? base : base + "/") + room;
  }

  @Override
  public String toString() {
    return "JitsiSettings[baseUrl="
        + baseUrl
        + ", appId="
        + appId
        + ", appSecret=***, audience="
        + audience
        + ", tokenLifetime="
        + tokenLifetime
        + ", joinEarly="
        + joinEarly
        + "]";
  }
}
