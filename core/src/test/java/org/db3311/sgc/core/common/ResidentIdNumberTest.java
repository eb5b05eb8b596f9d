package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

  @Test
  @DisplayName("GB 11643 worked examples: 11010519491231002X and 440524188001010014 are valid")
  void worked_examples_are_valid() {
    ResidentIdNumber a = ResidentIdNumber.of("11010519491231002X");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(a.isMale()).isFalse();
    assertThat(a.addressCode()).isEqualTo("110105");
    assertThat(ResidentIdNumber.of("440524188001010014").isMale()).isTrue();
  }

  @Test
  void a_lower_case_check_character_is_accepted_and_normalised() {
    assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void a_wrong_check_character_is_rejected_with_the_expected_one() {
    assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("should be X");
  }

  @Test
  void an_impossible_birth_date_is_rejected() {
    String first17 = "33112120230230001";
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    assertThatThrownBy(() -> ResidentIdNumber.of(id)).hasMessageContaining("birth date");
  }

  @Test
  void wrong_lengths_and_letters_are_rejected() {
    assertThatThrownBy(() -> ResidentIdNumber.of("33112119800101001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.of("3311211980010100AX"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.of(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_number_is_masked_when_printed() {
    ResidentIdNumber id = ResidentIdNumber.of("11010519491231002X");
    assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
  }

  @Property
  void every_number_with_its_computed_check_character_is_valid(@ForAll("first17") String first17) {
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    assertThat(ResidentIdNumber.of(id).value()).isEqualTo(id);
  }

  @Property
  void every_other_check_character_is_rejected(
      @ForAll("first17") String first17, @ForAll("checkChars") char wrong) {
    char right = ResidentIdNumber.checkCharacter(first17);
    if (wrong == right) {
      return;
    }
    assertThatThrownBy(() -> ResidentIdNumber.of(first17 + wrong))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> first17() {
    Arbitrary<String> address = Arbitraries.integers().between(110000, 659999).map(String::valueOf);
    Arbitrary<LocalDate> birth =
        Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2025, 12, 31));
    Arbitrary<String> seq = Arbitraries.integers().between(0, 999).map(i -> "%03d".formatted(i));
    return Combinators.combine(address, birth, seq)
        .as(
            (a, b, s) ->
                a
                    + "%04d%02d%02d".formatted(b.getYear(), b.getMonthValue(), b.getDayOfMonth())
                    + s);
  }

  @Provide
  Arbitrary<Character> checkChars() {
    return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }
}
