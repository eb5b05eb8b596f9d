package org.db3311.sgc.core.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The onward referral's id as it is written in links and records: {@code <matter>/O<n>}. */
@DisplayName("An onward referral's id reads back as written")
class OnwardReferralIdEdgesTest {

  @Test
  @DisplayName("<matter>/O<n> reads back to the same matter and number; no /O, or /O0, is refused")
  void the_id_reads_back() {
    OnwardReferralId id =
        new OnwardReferralId(RegistrationNumber.parse("331121-20261125-0007"), 12);

    assertThat(id.toString()).isEqualTo("331121-20261125-0007/O12");
    assertThat(OnwardReferralId.parse("331121-20261125-0007/O12")).isEqualTo(id);
    assertThatThrownBy(() -> OnwardReferralId.parse("331121-20261125-0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<matter>/O<n>");
    assertThatThrownBy(() -> OnwardReferralId.parse("331121-20261125-0007/O0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1");
  }
}
