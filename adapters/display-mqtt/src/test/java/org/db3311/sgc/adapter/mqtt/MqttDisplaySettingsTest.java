package org.db3311.sgc.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MqttDisplaySettingsTest {

  private static Properties properties() {
    Properties p = new Properties();
    p.setProperty("sgc.display.mqtt.broker", "tcp://127.0.0.1:1883");
    p.setProperty("sgc.display.mqtt.center", "331121");
    return p;
  }

  @Test
  void the_defaults_give_the_documented_topics_and_a_client_id_of_its_own() {
    MqttDisplaySettings a = MqttDisplaySettings.from(properties());
    MqttDisplaySettings b = MqttDisplaySettings.from(properties());
    assertThat(a.windowTopic("3")).isEqualTo("sgc/331121/window/3");
    assertThat(a.zoneMapTopic()).isEqualTo("sgc/331121/zone-map");
    assertThat(a.statusTopic()).isEqualTo("sgc/331121/status");
    assertThat(a.clientId()).startsWith("sgc-display-331121-").isNotEqualTo(b.clientId());
  }

  @Test
  void a_prefix_may_have_several_levels() {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.topic-prefix", "lishui/sgc");
    assertThat(MqttDisplaySettings.from(p).windowTopic("1"))
        .isEqualTo("lishui/sgc/331121/window/1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgc.display.mqtt.broker", "sgc.display.mqtt.center"})
  void a_missing_required_property_is_named(String key) {
    Properties p = properties();
    p.remove(key);
    assertThatThrownBy(() -> MqttDisplaySettings.from(p)).hasMessageContaining(key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://127.0.0.1:1883", "tcp://127.0.0.1", "tcp://127.0.0.1:1883/x", "127.0.0.1"})
  void a_broker_address_other_than_tcp_or_ssl_host_port_is_refused(String url) {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.broker", url);
    assertThatThrownBy(() -> MqttDisplaySettings.from(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.display.mqtt.broker");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgc/+", "sgc/#", "$SYS", "sgc//x", "/sgc"})
  void a_prefix_with_wildcards_or_empty_levels_is_refused(String prefix) {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.topic-prefix", prefix);
    assertThatThrownBy(() -> MqttDisplaySettings.from(p))
        .hasMessageContaining("sgc.display.mqtt.topic-prefix");
  }

  @Test
  void a_center_of_two_levels_is_refused() {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.center", "331121/x");
    assertThatThrownBy(() -> MqttDisplaySettings.from(p))
        .hasMessageContaining("sgc.display.mqtt.center");
  }

  @Test
  void a_password_is_never_printed_and_needs_a_user() {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.password", "s3cret-pw");
    assertThatThrownBy(() -> MqttDisplaySettings.from(p))
        .hasMessageContaining("sgc.display.mqtt.username");
    p.setProperty("sgc.display.mqtt.username", "display");
    assertThat(MqttDisplaySettings.from(p).toString())
        .doesNotContain("s3cret-pw")
        .contains("password=***");
  }

  @Test
  void a_connect_timeout_out_of_range_is_refused() {
    Properties p = properties();
    p.setProperty("sgc.display.mqtt.connect-timeout", "PT5M");
    assertThatThrownBy(() -> MqttDisplaySettings.from(p))
        .hasMessageContaining("sgc.display.mqtt.connect-timeout");
  }

  @Test
  void a_layout_with_a_window_twice_or_a_label_that_is_no_topic_level_is_refused() {
    ServiceWindow one = new ServiceWindow("1", "综合受理", Optional.empty());
    assertThatThrownBy(() -> new HallLayout(Tier.TIER_2, List.of(), List.of(one, one)))
        .hasMessageContaining("twice");
    HallLayout bad =
        new HallLayout(
            Tier.TIER_2, List.of(), List.of(new ServiceWindow("1/2", "综合受理", Optional.empty())));
    assertThatThrownBy(() -> new MqttDisplayBoard(MqttDisplaySettings.from(properties()), bad))
        .hasMessageContaining("topic level");
  }
}
