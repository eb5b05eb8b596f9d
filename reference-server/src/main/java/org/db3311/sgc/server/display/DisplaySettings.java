package org.db3311.sgc.server.display;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.db3311.sgc.adapter.mqtt.MqttDisplaySettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.eclipse.microprofile.config.Config;

/**
 * What the configuration says about the displays; a bad value fails the start with its name.
 *
 * <ul>
 *   <li>{@code sgc.display.mqtt.uri} — {@code tcp://host:port} or {@code ssl://host:port}: when
 *       set, every county's screens also receive retained MQTT messages ({@code
 *       sgc.display.mqtt.topic-prefix}, {@code .username}, {@code .password}, {@code
 *       .connect-timeout} and {@code .client-id} as the adapter reads them; the county's code is
 *       the center's topic level, and is appended to a configured client id)
 *   <li>{@code sgc.display.mqtt.retry} — how often an unreachable broker is tried again,
 *       PT1S–PT10M; default {@code PT30S}
 *   <li>{@code sgc.display.sse.buffer} — events a display page may fall behind, 1–10,000; default
 *       64
 *   <li>{@code sgc.display.ticket-prefix} — the capital letter before queue numbers; default {@code
 *       A}
 *   <li>{@code sgc.display.hall-profile} — a center profile (the published JSON format) whose
 *       zones, windows and facilities are every county's hall; {@code
 *       sgc.display.hall-profile.<county>} for one county; without either, the shipped example hall
 *       ({@value Hall#EXAMPLE})
 * </ul>
 *
 * @param mqtt the MQTT adapter's properties without the center, when a broker is configured
 * @param mqttRetry how often an unreachable broker is tried again
 * @param sse the SSE adapter's properties
 * @param ticketPrefix the letter before queue numbers
 * @param hallProfile the profile of every county's hall, if configured
 * @param countyHallProfiles the profiles of single counties' halls
 */
public record DisplaySettings(
    Optional<Properties> mqtt,
    Duration mqttRetry,
    Properties sse,
    String ticketPrefix,
    Optional<Path> hallProfile,
    Map<String, Path> countyHallProfiles) {

  static final String PREFIX = "sgc.display.";
  static final String MQTT_URI = "sgc.display.mqtt.uri";

  /** The keys read, for configuration sources that do not list names as they are asked for. */
  static final java.util.List<String> KEYS =
      java.util.List.of(
          MQTT_URI,
          "sgc.display.mqtt.topic-prefix",
          "sgc.display.mqtt.client-id",
          "sgc.display.mqtt.username",
          "sgc.display.mqtt.password",
          "sgc.display.mqtt.connect-timeout",
          "sgc.display.mqtt.retry",
          "sgc.display.sse.buffer",
          "sgc.display.ticket-prefix",
          "sgc.display.hall-profile");

  public DisplaySettings {
    if (mqttRetry.compareTo(Duration.ofSeconds(1)) < 0
        || mqttRetry.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.retry must be from PT1S to PT10M, not " + mqttRetry);
    }
    if (ticketPrefix == null || !ticketPrefix.matches("[A-Z]")) {
      throw new IllegalArgumentException(
          "sgc.display.ticket-prefix must be one capital letter, not " + ticketPrefix);
    }
    countyHallProfiles = Map.copyOf(countyHallProfiles);
  }

  /** Reads the settings; checks the MQTT ones as the adapter will read them. */
  public static DisplaySettings from(Config config) {
    Map<String, String> all = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        config.getOptionalValue(name, String.class).ifPresent(v -> all.put(name, v));
      }
    }
    // environment variables (SGC_DISPLAY_MQTT_URI) are listed under their own names: ask by ours
    for (String key : KEYS) {
      config.getOptionalValue(key, String.class).ifPresent(v -> all.put(key, v));
    }
    return from(all);
  }

  static DisplaySettings from(Map<String, String> all) {
    Optional<Properties> mqtt = Optional.empty();
    String uri = all.get(MQTT_URI);
    if (uri != null && !uri.isBlank()) {
      Properties p = new Properties();
      all.forEach(
          (k, v) -> {
            if (k.startsWith("sgc.display.mqtt.") && !k.equals(MQTT_URI)) {
              p.setProperty(k, v);
            }
          });
      p.remove("sgc.display.mqtt.retry");
      p.setProperty("sgc.display.mqtt.broker", uri.strip());
      p.setProperty("sgc.display.mqtt.center", "000000");
      try {
        MqttDisplaySettings.from(p); // fail the start now, not at the first connection
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().replace("sgc.display.mqtt.broker", MQTT_URI), e);
      }
      p.remove("sgc.display.mqtt.center");
      mqtt = Optional.of(p);
    }
    String retry = all.getOrDefault("sgc.display.mqtt.retry", "PT30S").strip();
    Duration mqttRetry;
    try {
      mqttRetry = Duration.parse(retry);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "sgc.display.mqtt.retry must be an ISO-8601 duration (PT30S), not " + retry, e);
    }
    Properties sse = new Properties();
    Optional.ofNullable(all.get("sgc.display.sse.buffer"))
        .ifPresent(v -> sse.setProperty("sgc.display.sse.buffer", v));
    Map<String, Path> perCounty = new TreeMap<>();
    String hallKey = "sgc.display.hall-profile";
    all.forEach(
        (k, v) -> {
          if (k.startsWith(hallKey + ".")) {
            String county = k.substring(hallKey.length() + 1);
            try {
              DivisionCode.of(county);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(
                  k + " must end in a county's division code: " + e.getMessage(), e);
            }
            perCounty.put(county, Path.of(v.strip()));
          }
        });
    return new DisplaySettings(
        mqtt,
        mqttRetry,
        sse,
        all.getOrDefault("sgc.display.ticket-prefix", "A").strip(),
        Optional.ofNullable(all.get(hallKey))
            .filter(s -> !s.isBlank())
            .map(s -> Path.of(s.strip())),
        perCounty);
  }

  /** The MQTT adapter's properties for one county's screens, when a broker is configured. */
  Optional<Properties> mqttFor(DivisionCode county) {
    return mqtt.map(
        base -> {
          Properties p = new Properties();
          p.putAll(base);
          p.setProperty("sgc.display.mqtt.center", county.value());
          String id = p.getProperty("sgc.display.mqtt.client-id");
          if (id != null && !id.isBlank()) {
            p.setProperty("sgc.display.mqtt.client-id", id.strip() + "-" + county.value());
          }
          return p;
        });
  }

  /** The profile of the county's hall, if one is configured. */
  Optional<Path> hallProfileOf(DivisionCode county) {
    return Optional.ofNullable(countyHallProfiles.get(county.value())).or(() -> hallProfile);
  }
}
