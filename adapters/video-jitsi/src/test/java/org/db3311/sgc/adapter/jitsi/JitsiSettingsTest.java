package org.db3311.sgc.adapter.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JitsiSettingsTest {

  private static Properties with(String key, String value) {
    Properties p = JitsiVideoRoomProviderTest.properties();
    if (value == null) {
      p.remove(key);
    } else {
      p.setProperty(key, value);
    }
    return p;
  }

  @Test
  void defaults_are_a_four_hour_lifetime_half_an_hour_early_and_the_jitsi_audience() {
    JitsiSettings s = JitsiSettings.from(JitsiVideoRoomProviderTest.properties());
    assertThat(s.tokenLifetime()).isEqualTo(Duration.ofHours(4));
    assertThat(s.joinEarly()).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.audience()).isEqualTo("jitsi");
    assertThat(s.domain()).isEqualTo("meet.sgc.example.cn");
  }

  @Test
  void the_secret_is_never_printed() {
    assertThat(JitsiSettings.from(JitsiVideoRoomProviderTest.properties()).toString())
        .doesNotContain(JitsiVideoRoomProviderTest.SECRET)
        .contains("appSecret=***");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sgc.video.jitsi.base-url",
        "sgc.video.jitsi.app-id",
        "sgc.video.jitsi.app-secret"
      })
  void a_missing_required_property_is_named(String key) {
    assertThatThrownBy(() -> JitsiVideoRoomProvider.from(with(key, null), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://meet.sgc.example.cn",
        "https://meet.sgc.example.cn/rooms",
        "https://meet.sgc.example.cn/?x=1",
        "https://user@meet.sgc.example.cn",
        "meet.sgc.example.cn",
        "https://meet sgc"
      })
  void a_base_url_other_than_a_plain_https_host_is_refused(String url) {
    assertThatThrownBy(() -> JitsiSettings.from(with("sgc.video.jitsi.base-url", url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgc.video.jitsi.base-url");
  }

  @Test
  void a_secret_under_32_bytes_is_refused_and_bytes_count_not_characters() {
    assertThatThrownBy(() -> JitsiSettings.from(with("sgc.video.jitsi.app-secret", "x".repeat(31))))
        .hasMessageContaining("at least 32 bytes");
    // eleven Chinese characters are 33 bytes in UTF-8
    assertThat(JitsiSettings.from(with("sgc.video.jitsi.app-secret", "调".repeat(11))).appId())
        .isEqualTo("sgc-331121");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4h", "PT1M", "P8D", "-PT1H"})
  void a_token_lifetime_out_of_range_or_malformed_is_refused(String value) {
    assertThatThrownBy(() -> JitsiSettings.from(with("sgc.video.jitsi.token-lifetime", value)))
        .hasMessageContaining("sgc.video.jitsi.token-lifetime");
  }

  @Test
  void join_early_may_not_be_negative() {
    assertThatThrownBy(() -> JitsiSettings.from(with("sgc.video.jitsi.join-early", "-PT5M")))
        .hasMessageContaining("sgc.video.jitsi.join-early");
  }
}
