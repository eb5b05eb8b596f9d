package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("6.4.1.1")
class DivisionRegistryTest {

  @Test
  @DisplayName("the shipped table holds 丽水市's 173 townships and streets")
  void shipped() {
    DivisionRegistry r = DivisionRegistry.lishui();
    assertThat(r.size()).isEqualTo(173);
    assertThat(r.townshipName(AreaCode.of("331121001"))).contains("鹤城街道");
    assertThat(r.townshipName(AreaCode.of("331121001002")))
        .as("a village's township")
        .contains("鹤城街道");
    assertThat(r.covers(DivisionCode.of("331121"))).isTrue();
    assertThat(r.covers(DivisionCode.of("330102"))).isFalse();
  }

  @Test
  @DisplayName("a county's townships and streets, in the table's order; none for a county not held")
  void townships_of_a_county() {
    DivisionRegistry r = DivisionRegistry.lishui();
    var liandu = r.townships(DivisionCode.of("331102"));
    assertThat(liandu).hasSize(15);
    assertThat(liandu.keySet().iterator().next()).isEqualTo(AreaCode.of("331102001"));
    assertThat(liandu.get(AreaCode.of("331102001"))).isEqualTo("紫金街道");
    assertThat(liandu.keySet()).allMatch(c -> c.county().equals(DivisionCode.of("331102")));
    assertThat(r.townships(DivisionCode.of("330102"))).isEmpty();
    assertThatThrownBy(() -> liandu.put(AreaCode.of("331102999"), "无此镇"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("a township outside the table's counties is not checked; one inside must exist")
  void registration_checks_only_what_it_holds() {
    IntakeFixtures f = new IntakeFixtures();
    Registration elsewhere =
        IntakeFixtures.windowRegistration(
                IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS)
            .at(Place.coded("330102001", null, "某街道", "杭州某地"));
    assertThat(f.register(elsewhere).number()).isNotNull();
    Registration unknown =
        IntakeFixtures.windowRegistration(
                IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS)
            .at(Place.coded("331121998", null, "无此镇", "某地"));
    assertThatThrownBy(() -> f.register(unknown)).hasMessageContaining("331121998");
  }

  @Test
  @DisplayName("a deployment's table is read in the same format; a malformed line is refused")
  void parse() throws Exception {
    DivisionRegistry r =
        DivisionRegistry.parse(
            new StringReader("code,name,countyCode\n331121001,\"鹤城街道\",331121\n"));
    assertThat(r.size()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                DivisionRegistry.parse(
                    new StringReader("code,name,countyCode\n331121001,\"鹤城街道\",331122\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> AreaCode.of("3311210011"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
