package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

  @Test
  void the_worked_example_passes_its_check() {
    CreditCode c = CreditCode.of("91512081MA62K0260E");
    assertThat(c.hasValidCheckCharacter()).isTrue();
    assertThat(c.checkDigitWarning()).isEmpty();
    assertThat(CreditCode.checkCharacter("91512081MA62K0260")).isEqualTo('E');
  }

  @Test
  void a_bad_check_character_is_a_warning_not_a_rejection() {
    CreditCode c = CreditCode.of("91512081MA62K0260X");
    assertThat(c.hasValidCheckCharacter()).isFalse();
    assertThat(c.checkDigitWarning())
        .hasValueSatisfying(w -> assertThat(w).contains("expected check character E"));
  }

  @Test
  void characters_outside_the_alphabet_are_rejected() {
    assertThatThrownBy(() -> CreditCode.of("91512081MA62K0260I"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditCode.of("91512081MA62K026"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lower_case_is_normalised() {
    assertThat(CreditCode.of("91512081ma62k0260e").value()).isEqualTo("91512081MA62K0260E");
  }
}
