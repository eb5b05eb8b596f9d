package org.db3311.sgc.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagingSettingsTest {

  private static Config config(Map<String, String> values) {
    ConfigSource source =
        new ConfigSource() {
          @Override
          public Set<String> getPropertyNames() {
            return values.keySet();
          }

          @Override
          public String getValue(String name) {
            return values.get(name);
          }

          @Override
          public String getName() {
            return "test";
          }
        };
    return ConfigProviderResolver.instance().getBuilder().withSources(source).build();
  }

  @Test
  @DisplayName("nothing configured: relayed in process, nothing texted, every 5 s")
  void defaults() {
    MessagingSettings s = MessagingSettings.from(config(Map.of()));
    assertThat(s.amqp()).isEmpty();
    assertThat(s.sms()).isEmpty();
    assertThat(s.interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.processedRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(s.noticeRetention()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  @DisplayName("a configured broker is read whole; the password never shows")
  void amqp() {
    MessagingSettings s =
        MessagingSettings.from(
            config(
                Map.of(
                    "sgc.amqp.host", "mq.example.cn",
                    "sgc.amqp.port", "5673",
                    "sgc.amqp.user", "sgc",
                    "sgc.amqp.password", "s3cret",
                    "sgc.messaging.interval", "PT1S")));
    assertThat(s.amqp().orElseThrow().port()).isEqualTo(5673);
    assertThat(s.amqp().orElseThrow().exchange()).isEqualTo("sgc.events");
    assertThat(s.amqp().orElseThrow().toString()).doesNotContain("s3cret");
    assertThat(s.interval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("a misconfigured adapter fails the start, naming the property")
  void misconfigured() {
    assertThatThrownBy(
            () ->
                MessagingSettings.from(
                    config(Map.of("sgc.amqp.host", "mq", "sgc.amqp.port", "many"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.amqp.port");
    assertThatThrownBy(() -> MessagingSettings.from(config(Map.of("sgc.amqp.host", "mq"))))
        .hasMessageContaining("sgc.amqp.user");
    MessagingSettings sms =
        MessagingSettings.from(config(Map.of("sgc.sms.endpoint", "http://127.0.0.1:1")));
    assertThat(sms.sms()).isPresent();
    assertThatThrownBy(() -> org.db3311.sgc.adapter.sms.SmsSettings.from(sms.sms().orElseThrow()))
        .hasMessageContaining("sgc.sms.access-key-id")
        .hasMessageContaining("sgc.sms.sign-name");
    assertThatThrownBy(
            () -> MessagingSettings.from(config(Map.of("sgc.messaging.interval", "-PT1S"))))
        .hasMessageContaining("sgc.messaging.interval");
  }
}
