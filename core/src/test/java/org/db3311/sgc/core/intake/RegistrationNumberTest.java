package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

  @Test
  void reads_county_date_and_sequence() {
    RegistrationNumber n = RegistrationNumber.parse("331121-20261125-0007");
    assertThat(n.county()).isEqualTo(DivisionCode.of("331121"));
    assertThat(n.date()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(n.sequence()).isEqualTo(7);
    assertThat(n).hasToString("331121-20261125-0007");
  }

  @Test
  void sequences_beyond_four_digits_still_read_back() {
    RegistrationNumber n =
        new RegistrationNumber(DivisionCode.of("331121"), LocalDate.of(2026, 1, 2), 12345);
    assertThat(RegistrationNumber.parse(n.toString())).isEqualTo(n);
  }

  @Test
  void malformed_numbers_are_refused() {
    assertThatThrownBy(() -> RegistrationNumber.parse("331121-20261325-0007"))
        .hasMessageContaining("no such date");
    assertThatThrownBy(() -> RegistrationNumber.parse("331100-20261125-0007"))
        .hasMessageContaining("county");
    assertThatThrownBy(() -> RegistrationNumber.parse("x")).hasMessageContaining("e.g.");
  }

  @Test
  void numbers_order_by_county_then_day_then_sequence() {
    RegistrationNumber a = RegistrationNumber.parse("331121-20261125-0002");
    RegistrationNumber b = RegistrationNumber.parse("331121-20261125-0010");
    RegistrationNumber c = RegistrationNumber.parse("331121-20261126-0001");
    RegistrationNumber d = RegistrationNumber.parse("331122-20261101-0001");
    assertThat(java.util.stream.Stream.of(d, c, b, a).sorted().toList())
        .containsExactly(a, b, c, d);
    assertThat(a.compareTo(RegistrationNumber.parse("331121-20261125-0002"))).isZero();
    assertThat(b.compareTo(a)).isPositive();
  }

  /** The hand-written text and reading agree with the formatters they replaced, day by day. */
  @Test
  void text_and_reading_agree_with_the_formatters() {
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
    DivisionCode county = DivisionCode.of("331102");
    long[] sequences = {1, 9, 10, 999, 1000, 9999, 10000, 123456789L};
    int i = 0;
    for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() < 10000; d = d.plusDays(97)) {
      long seq = sequences[i++ % sequences.length];
      RegistrationNumber n = new RegistrationNumber(county, d, seq);
      String old = county + "-" + d.format(day) + "-" + "%04d".formatted(seq);
      assertThat(n).hasToString(old);
      assertThat(RegistrationNumber.parse(old)).isEqualTo(n);
    }
    for (String text :
        new String[] {
          "331102-20260229-0001",
          "331102-20261131-0001",
          "331102-20260001-0001",
          "331102-20260100-0001",
          "331102-00000101-0001"
        }) {
      boolean formatterReads;
      try {
        LocalDate.parse(text.substring(7, 15), day);
        formatterReads = true;
      } catch (java.time.format.DateTimeParseException e) {
        formatterReads = false;
      }
      if (formatterReads) {
        assertThat(RegistrationNumber.parse(text).date())
            .isEqualTo(LocalDate.parse(text.substring(7, 15), day));
      } else {
        assertThatThrownBy(() -> RegistrationNumber.parse(text))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("no such date in registration number " + text);
      }
    }
  }
}
