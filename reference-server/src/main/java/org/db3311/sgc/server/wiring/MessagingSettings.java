package org.db3311.sgc.server.wiring;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.db3311.sgc.adapter.amqp.AmqpSettings;
import org.eclipse.microprofile.config.Config;

/**
 * How the server talks to the outside world, from MicroProfile Config. Each adapter is configured
 * by its own plain properties ({@code sgc.amqp.*}, {@code sgc.sms.*}) and checked at start-up: a
 * misconfigured one fails the start with every problem named.
 *
 * @param amqp the broker the outbox is relayed to; empty: relayed in process (the embedded default)
 * @param sms the {@code sgc.sms.*} properties of the SMS gateway; empty: text messages are only
 *     recorded, not sent
 * @param interval how often the relay and the notice dispatcher run ({@code
 *     sgc.messaging.interval}, ISO-8601, default {@code PT5S}; {@code PT0S} turns them off, as the
 *     tests do, which run them on demand)
 * @param processedRetention how long the ids of handled events are kept ({@code
 *     sgc.messaging.processed-retention}, default {@code P30D})
 * @param noticeRetention how long a settled notice, with its recipient's name and number, is kept
 *     ({@code sgc.messaging.notice-retention}, default {@code P30D})
 */
public record MessagingSettings(
    Optional<AmqpSettings> amqp,
    Optional<Properties> sms,
    Duration interval,
    Duration processedRetention,
    Duration noticeRetention) {

  private static final String[] AMQP_KEYS = {
    "host", "port", "vhost", "user", "password", "exchange"
  };
  private static final String[] SMS_KEYS = {
    "endpoint",
    "access-key-id",
    "access-key-secret",
    "sign-name",
    "connect-timeout-ms",
    "request-timeout-ms",
    "max-attempts",
    "backoff-first-ms",
    "backoff-max-ms",
    "receipt-max-skew-s"
  };

  public MessagingSettings {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("sgc.messaging.interval is not negative: " + interval);
    }
    if (processedRetention.isNegative() || processedRetention.isZero()) {
      throw new IllegalArgumentException(
          "sgc.messaging.processed-retention is positive: " + processedRetention);
    }
    if (noticeRetention.isNegative() || noticeRetention.isZero()) {
      throw new IllegalArgumentException(
          "sgc.messaging.notice-retention is positive: " + noticeRetention);
    }
  }

  /**
   * Reads the settings. AMQP is configured when {@code sgc.amqp.host} is set, the SMS gateway when
   * {@code sgc.sms.endpoint} is.
   *
   * @throws IllegalArgumentException naming every missing or malformed property of a configured
   *     adapter
   */
  public static MessagingSettings from(Config config) {
    Optional<AmqpSettings> amqp =
        config
            .getOptionalValue("sgc.amqp.host", String.class)
            .map(host -> AmqpSettings.from(properties(config, "sgc.amqp.", AMQP_KEYS)));
    Optional<Properties> sms =
        config
            .getOptionalValue("sgc.sms.endpoint", String.class)
            .map(e -> properties(config, "sgc.sms.", SMS_KEYS));
    Duration interval =
        config
            .getOptionalValue("sgc.messaging.interval", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofSeconds(5));
    Duration retention =
        config
            .getOptionalValue("sgc.messaging.processed-retention", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofDays(30));
    Duration notices =
        config
            .getOptionalValue("sgc.messaging.notice-retention", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofDays(30));
    return new MessagingSettings(amqp, sms, interval, retention, notices);
  }

  private static Properties properties(Config config, String prefix, String[] keys) {
    Properties p = new Properties();
    for (String key : keys) {
      config
          .getOptionalValue(prefix + key, String.class)
          .ifPresent(v -> p.setProperty(prefix + key, v));
    }
    // an empty password is a value, and MicroProfile Config reads an empty value as absent
    if (prefix.equals("sgc.amqp.") && !p.containsKey("sgc.amqp.password")) {
      p.setProperty("sgc.amqp.password", "");
    }
    return p;
  }
}
