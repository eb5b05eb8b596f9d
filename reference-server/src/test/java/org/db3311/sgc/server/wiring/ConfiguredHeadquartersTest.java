package org.db3311.sgc.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.ResponsePlan;
import org.junit.jupiter.api.Test;

class ConfiguredHeadquartersTest {

  @Test
  void the_default_is_the_overall_plan_for_every_grade() {
    List<ResponsePlan> plans = ConfiguredHeadquarters.parse(ConfiguredHeadquarters.DEFAULT_PLANS);
    assertThat(plans)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo("overall");
              for (IncidentGrade g : IncidentGrade.values()) {
                assertThat(p.covers(g)).isTrue();
              }
            });
  }

  @Test
  void several_plans_with_their_grades() {
    List<ResponsePlan> plans =
        ConfiguredHeadquarters.parse("flood=防汛防台应急预案:III,IV; fire = 森林火灾应急预案 : I , II ");
    assertThat(plans).extracting(ResponsePlan::id).containsExactly("flood", "fire");
    assertThat(plans.get(0).covers(IncidentGrade.IV)).isTrue();
    assertThat(plans.get(0).covers(IncidentGrade.I)).isFalse();
    assertThat(plans.get(1).title()).isEqualTo("森林火灾应急预案");
    assertThat(plans.get(1).covers(IncidentGrade.II)).isTrue();
  }

  @Test
  void a_malformed_entry_names_the_key_and_the_entry() {
    assertThatThrownBy(() -> ConfiguredHeadquarters.parse("flood:III"))
        .hasMessageContaining(ConfiguredHeadquarters.PLANS_KEY)
        .hasMessageContaining("flood:III");
    assertThatThrownBy(() -> ConfiguredHeadquarters.parse("flood=防汛:V"))
        .hasMessageContaining("grade 'V'");
    assertThatThrownBy(() -> ConfiguredHeadquarters.parse(" ; "))
        .hasMessageContaining("at least one plan");
  }
}
