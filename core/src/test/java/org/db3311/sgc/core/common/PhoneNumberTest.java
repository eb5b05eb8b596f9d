package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void mobile_and_fixed_line_numbers_are_accepted() {
    assertThat(PhoneNumber.of("13905781234").isMobile()).isTrue();
    assertThat(PhoneNumber.of("0578-2123456").isMobile()).isFalse();
    assertThat(PhoneNumber.of("139 0578 1234").value()).isEqualTo("13905781234");
  }

  @Test
  void other_forms_are_rejected() {
    assertThatThrownBy(() -> PhoneNumber.of("12905781234"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhoneNumber.of("1390578123"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_number_is_masked_when_printed() {
    assertThat(PhoneNumber.of("13905781234").toString()).isEqualTo("139****1234");
  }
}
