package org.db3311.sgc.adapter.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * How to reach the display broker, from plain properties (no framework needed):
 *
 * <ul>
 *   <li>{@code sgc.display.mqtt.broker} — {@code tcp://host:port} or {@code ssl://host:port}, e.g.
 *       {@code tcp://127.0.0.1:1883}; required
 *   <li>{@code sgc.display.mqtt.center} — the center's topic level, e.g. its division code {@code
 *       331121}; required
 *   <li>{@code sgc.display.mqtt.topic-prefix} — the topics' first level(s); default {@code sgc}
 *   <li>{@code sgc.display.mqtt.client-id} — the MQTT client id; default {@code
 *       sgc-display-<center>-} and a random suffix (two boards with one id would throw each other
 *       off the broker)
 *   <li>{@code sgc.display.mqtt.username}, {@code sgc.display.mqtt.password} — optional
 *   <li>{@code sgc.display.mqtt.connect-timeout} — how long the first connection may take, an
 *       ISO-8601 duration from 1 to 60 seconds; default {@code PT5S}
 * </ul>
 *
 * @param broker the broker address
 * @param center the center's topic level
 * @param topicPrefix the topics' first level(s)
 * @param clientId the MQTT client id
 * @param username the user name, if the broker needs one
 * @param password the password; never printed by {@link #toString()}
 * @param connectTimeout how long the first connection may take
 */
public record MqttDisplaySettings(
    URI broker,
    String center,
    String topicPrefix,
    String clientId,
    Optional<String> username,
    Optional<String> password,
    Duration connectTimeout) {

  public MqttDisplaySettings {
    Objects.requireNonNull(broker, "sgc.display.mqtt.broker is required");
    if (!("tcp".equals(broker.getScheme()) || "ssl".equals(broker.getScheme()))
        || broker.getHost() == null
        || broker.getPort() < 1
        || (broker.getPath() != null && !broker.getPath().isEmpty())) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.broker must be tcp://host:port or ssl://host:port, not " + broker);
    }
    if (center == null || !Topics.isLevel(center)) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.center must be one topic level (no /, +, #), not " + center);
    }
    if (topicPrefix == null || !Topics.isPrefix(topicPrefix)) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.topic-prefix must be topic levels separated by / (no +, #, $ at the"
              + " start), not "
              + topicPrefix);
    }
    if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
      throw new IllegalArgumentException("sgc.display.mqtt.client-id must be 1–64 characters");
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.password is given without sgc.display.mqtt.username");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (connectTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || connectTimeout.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.connect-timeout must be from PT1S to PT60S, not " + connectTimeout);
    }
  }

  /** Reads the settings; a missing or malformed property is named in the exception. */
  public static MqttDisplaySettings from(Properties p) {
    String url = p.getProperty("sgc.display.mqtt.broker");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("sgc.display.mqtt.broker is required");
    }
    URI broker;
    try {
      broker = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("sgc.display.mqtt.broker is not an address: " + url, e);
    }
    String center = p.getProperty("sgc.display.mqtt.center");
    if (center == null || center.isBlank()) {
      throw new IllegalArgumentException("sgc.display.mqtt.center is required");
    }
    center = center.trim();
    String timeout = p.getProperty("sgc.display.mqtt.connect-timeout", "PT5S").trim();
    Duration connectTimeout;
    try {
      connectTimeout = Duration.parse(timeout);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.connect-timeout must be an ISO-8601 duration (PT5S), not " + timeout,
          e);
    }
    return new MqttDisplaySettings(
        broker,
        center,
        p.getProperty("sgc.display.mqtt.topic-prefix", "sgc").trim(),
        Optional.ofNullable(p.getProperty("sgc.display.mqtt.client-id"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElse("sgc-display-" + center + "-" + UUID.randomUUID().toString().substring(0, 8)),
        Optional.ofNullable(p.getProperty("sgc.display.mqtt.username")).filter(s -> !s.isBlank()),
        Optional.ofNullable(p.getProperty("sgc.display.mqtt.password")).filter(s -> !s.isEmpty()),
        connectTimeout);
  }

  /** The topic of a window's screen: {@code <prefix>/<center>/window/<label>}. */
  public String windowTopic(String label) {
    if (!Topics.isLevel(label)) {
      throw new IllegalArgumentException(
          "window " + label + " cannot be a topic level (no /, +, #, and not empty)");
    }
    return topicPrefix + "/" + center + "/window/" + label;
  }

  /** The topic of the function-zone map: {@code <prefix>/<center>/zone-map}. */
  public String zoneMapTopic() {
    return topicPrefix + "/" + center + "/zone-map";
  }

  /**
   * The topic saying whether the board is connected: {@code <prefix>/<center>/status}, {@code
   * online} or {@code offline}.
   */
  public String statusTopic() {
    return topicPrefix + "/" + center + "/status";
  }

  @Override
  public String toString() {
    return "MqttDisplaySettings[broker="
        + broker
        + ", center="
        + center
        + ", topicPrefix="
        + topicPrefix
        + ", clientId="
        + clientId
        + ", username="
        + username.orElse("-")
        + ", password="
        + (password.isPresent() ? "***" : "-")
        + ", connectTimeout="
        + connectTimeout
        + "]";
  }

  /** Topic names as MQTT 5 (section 4.7) allows them for publishing. */
  static final class Topics {
    private Topics() {}

    static boolean isLevel(String s) {
      return s != null
          && !s.isBlank()
          && s.length() <= 128
          && s.chars().noneMatch(c -> c == '/' || c == '+' || c == '#' || c == 0)
          && !s.startsWith("$");
    }

    static boolean isPrefix(String s) {
      if (s == null || s.isEmpty()) {
        return false;
      }
      for (String level : s.split("/", -1)) {
        if (!isLevel(level)) {
          return false;
        }
      }
      return true;
    }
  }
}
