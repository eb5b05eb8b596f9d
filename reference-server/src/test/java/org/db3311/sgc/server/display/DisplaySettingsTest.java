package org.db3311.sgc.server.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Display settings: read from the configuration, a bad value named")
class DisplaySettingsTest {

  @Test
  void without_a_broker_only_the_feed_runs_on_the_example_hall() {
    DisplaySettings s = DisplaySettings.from(Map.of());
    assertThat(s.mqtt()).isEmpty();
    assertThat(s.mqttFor(DivisionCode.of("331102"))).isEmpty();
    assertThat(s.mqttRetry()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.ticketPrefix()).isEqualTo("A");
    assertThat(s.hallProfileOf(DivisionCode.of("331102"))).isEmpty();
  }

  @Test
  void a_broker_gives_each_county_its_topic_level_and_client_id() {
    DisplaySettings s =
        DisplaySettings.from(
            Map.of(
                "sgc.display.mqtt.uri", "tcp://127.0.0.1:1883",
                "sgc.display.mqtt.topic-prefix", "lishui/sgc",
                "sgc.display.mqtt.client-id", "hall",
                "sgc.display.mqtt.retry", "PT5S"));
    var p = s.mqttFor(DivisionCode.of("331121")).orElseThrow();
    assertThat(p.getProperty("sgc.display.mqtt.broker")).isEqualTo("tcp://127.0.0.1:1883");
    assertThat(p.getProperty("sgc.display.mqtt.center")).isEqualTo("331121");
    assertThat(p.getProperty("sgc.display.mqtt.client-id")).isEqualTo("hall-331121");
    assertThat(p.getProperty("sgc.display.mqtt.topic-prefix")).isEqualTo("lishui/sgc");
    assertThat(p.getProperty("sgc.display.mqtt.retry")).isNull();
    assertThat(s.mqttRetry()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void a_county_may_have_a_hall_of_its_own() {
    DisplaySettings s =
        DisplaySettings.from(
            Map.of(
                "sgc.display.hall-profile", "/etc/sgc/hall.json",
                "sgc.display.hall-profile.331121", "/etc/sgc/qingtian.json"));
    assertThat(s.hallProfileOf(DivisionCode.of("331121")))
        .contains(Path.of("/etc/sgc/qingtian.json"));
    assertThat(s.hallProfileOf(DivisionCode.of("331102"))).contains(Path.of("/etc/sgc/hall.json"));
  }

  @Test
  void bad_values_fail_the_start_with_their_names() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DisplaySettings.from(Map.of("sgc.display.mqtt.uri", "http://broker:80")))
        .withMessageContaining("sgc.display.mqtt.uri");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DisplaySettings.from(
                    Map.of(
                        "sgc.display.mqtt.uri",
                        "tcp://127.0.0.1:1883",
                        "sgc.display.mqtt.topic-prefix",
                        "a/#")))
        .withMessageContaining("sgc.display.mqtt.topic-prefix");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DisplaySettings.from(Map.of("sgc.display.mqtt.retry", "PT0S")))
        .withMessageContaining("sgc.display.mqtt.retry");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DisplaySettings.from(Map.of("sgc.display.ticket-prefix", "ab")))
        .withMessageContaining("sgc.display.ticket-prefix");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DisplaySettings.from(Map.of("sgc.display.hall-profile.lishui", "x.json")))
        .withMessageContaining("sgc.display.hall-profile.lishui");
  }
}
