package org.db3311.sgc.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("6.8 duty mobiles of grassroots units, from sgc.guidance.duty-mobile.<unit code>")
class ConfiguredDutyMobilesTest {

  static final GrassrootsUnit ZIJIN =
      new GrassrootsUnit("331102001", "紫金街道", GrassrootsUnit.Level.TOWNSHIP);
  static final GrassrootsUnit VILLAGE =
      new GrassrootsUnit("331102001001", "某社区", GrassrootsUnit.Level.VILLAGE);

  @Test
  void a_unit_with_a_configured_mobile_has_it_and_others_have_none() {
    ConfiguredDutyMobiles mobiles =
        ConfiguredDutyMobiles.parse(
            Map.of(
                "sgc.guidance.duty-mobile.331102001", " 13905781234 ",
                "sgc.sms.endpoint", "http://127.0.0.1:1"));
    assertThat(mobiles.size()).isEqualTo(1);
    assertThat(mobiles.apply(ZIJIN)).contains(PhoneNumber.of("13905781234"));
    assertThat(mobiles.apply(VILLAGE)).isEmpty();
  }

  @Test
  void a_bad_entry_fails_naming_the_property_and_never_the_number() {
    assertThatThrownBy(
            () ->
                ConfiguredDutyMobiles.parse(
                    Map.of("sgc.guidance.duty-mobile.331102001", "0578-2123456")))
        .hasMessageContaining("sgc.guidance.duty-mobile.331102001")
        .hasMessageContaining("not a mobile")
        .hasMessageNotContaining("2123456");
    assertThatThrownBy(
            () ->
                ConfiguredDutyMobiles.parse(Map.of("sgc.guidance.duty-mobile.331102001", "12345")))
        .hasMessageContaining("sgc.guidance.duty-mobile.331102001")
        .hasMessageNotContaining("12345'");
    assertThatThrownBy(
            () ->
                ConfiguredDutyMobiles.parse(
                    Map.of("sgc.guidance.duty-mobile.zijin", "13905781234")))
        .hasMessageContaining("division code");
  }
}
