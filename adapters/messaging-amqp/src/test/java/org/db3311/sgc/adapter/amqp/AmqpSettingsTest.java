package org.db3311.sgc.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.db3311.sgc.core.common.InMemoryOutbox;
import org.junit.jupiter.api.Test;

class AmqpSettingsTest {

  private static Properties props(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Test
  void plain_properties_with_defaults_for_port_vhost_and_exchange() {
    AmqpSettings s =
        AmqpSettings.from(
            props(
                "sgc.amqp.host",
                "mq.example",
                "sgc.amqp.user",
                "sgc",
                "sgc.amqp.password",
                "s3cret"));
    assertThat(s)
        .isEqualTo(new AmqpSettings("mq.example", 5672, "/", "sgc", "s3cret", "sgc.events"));
    assertThat(s.toString()).doesNotContain("s3cret").contains("amqp://sgc@mq.example:5672/");
  }

  @Test
  void each_missing_or_malformed_property_is_named() {
    assertThatThrownBy(
            () -> AmqpSettings.from(props("sgc.amqp.user", "u", "sgc.amqp.password", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.amqp.host");
    assertThatThrownBy(() -> AmqpSettings.from(props("sgc.amqp.host", "h", "sgc.amqp.user", "u")))
        .hasMessageContaining("sgc.amqp.password");
    assertThatThrownBy(
            () ->
                AmqpSettings.from(
                    props(
                        "sgc.amqp.host",
                        "h",
                        "sgc.amqp.user",
                        "u",
                        "sgc.amqp.password",
                        "",
                        "sgc.amqp.port",
                        "amqp")))
        .hasMessageContaining("sgc.amqp.port must be a number, not 'amqp'");
    assertThatThrownBy(() -> new AmqpSettings("h", 70_000, "/", "u", "", "x"))
        .hasMessageContaining("sgc.amqp.port must be 1–65535");
    assertThatThrownBy(() -> new AmqpSettings("h", 5672, "/", "u", "", "amq.topic"))
        .hasMessageContaining("reserved");
  }

  @Test
  void a_broker_that_cannot_be_reached_fails_fast_naming_its_address() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    AmqpSettings nowhere = new AmqpSettings("127.0.0.1", closed, "/", "guest", "guest", "sgc.x");
    assertThatThrownBy(() -> AmqpEventPublisher.connect(nowhere, Duration.ofSeconds(5)))
        .isInstanceOf(AmqpUnavailableException.class)
        .hasMessageContaining("cannot reach the broker at amqp://guest@127.0.0.1:" + closed + "/");
    assertThat(AmqpEventPublisher.health(nowhere).up()).isFalse();
    try (AmqpOutboxRelay relay =
        new AmqpOutboxRelay(
            new InMemoryOutbox(), nowhere, "r", Clock.systemUTC(), Duration.ofMinutes(1))) {
      assertThat(relay.health().detail()).contains("127.0.0.1:" + closed);
    }
  }

  @Test
  void wrong_credentials_fail_fast_and_the_local_broker_answers_health() {
    AmqpSettings wrong =
        new AmqpSettings(
            TestBroker.HOST, TestBroker.PORT, "/", "guest", "not-the-password", "sgc.x");
    assertThatThrownBy(() -> AmqpEventPublisher.connect(wrong, Duration.ofSeconds(5)))
        .isInstanceOf(AmqpUnavailableException.class)
        .hasMessageContaining("cannot reach the broker at amqp://guest@");
    AmqpSettings right =
        new AmqpSettings(TestBroker.HOST, TestBroker.PORT, "/", "guest", "guest", "sgc.x");
    assertThat(AmqpEventPublisher.health(right).up()).isTrue();
    assertThat(AmqpEventPublisher.health(right).detail()).contains("RabbitMQ");
  }
}
