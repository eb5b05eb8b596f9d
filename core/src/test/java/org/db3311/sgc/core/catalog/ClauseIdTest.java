package org.db3311.sgc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Clause ids name the standard's clauses and sort as the standard prints them")
class ClauseIdTest {

  private static final List<String> STANDARD_ORDER =
      List.of(
          "1",
          "3",
          "3.1",
          "4",
          "4.1",
          "4.1.1",
          "4.1.3",
          "4.1.3.3",
          "4.2",
          "4.2.4",
          "5",
          "5.1.2.2.3",
          "5.2",
          "6.1.1.2.2",
          "6.1.1.3",
          "6.1.2",
          "6.2.1.4.2",
          "6.2.2",
          "6.6.1",
          "6.6.1.p1",
          "6.6.1.p2",
          "6.6.1.p10",
          "6.6.2",
          "6.8",
          "9",
          "9.3.3",
          "A",
          "A.1",
          "A.1.1",
          "A.1.2",
          "A.1.10",
          "A.1.note",
          "B",
          "B.1",
          "B.2",
          "C",
          "C.1",
          "R1",
          "R2",
          "R9",
          "R10");

  @Test
  void sorts_as_the_standard_prints_clauses() {
    List<ClauseId> shuffled = new ArrayList<>(STANDARD_ORDER.stream().map(ClauseId::of).toList());
    Collections.shuffle(shuffled, new Random(3311));

    Collections.sort(shuffled);

    assertThat(shuffled).extracting(ClauseId::value).containsExactlyElementsOf(STANDARD_ORDER);
  }

  @Test
  void orders_each_neighbour_of_the_standard_before_the_next() {
    for (int i = 1; i < STANDARD_ORDER.size(); i++) {
      ClauseId before = ClauseId.of(STANDARD_ORDER.get(i - 1));
      ClauseId after = ClauseId.of(STANDARD_ORDER.get(i));
      assertThat(before.compareTo(after)).as(before + " < " + after).isNegative();
      assertThat(after.compareTo(before)).as(after + " > " + before).isPositive();
    }
  }

  @Test
  void knows_its_chapter_and_whether_it_is_a_ruling() {
    assertThat(ClauseId.of("6.6.1.p2").chapter()).isEqualTo("6");
    assertThat(ClauseId.of("A.1.note").chapter()).isEqualTo("A");
    assertThat(ClauseId.of("R7").chapter()).isEqualTo("R");
    assertThat(ClauseId.of("R7").isRuling()).isTrue();
    assertThat(ClauseId.of("9.3.3").isRuling()).isFalse();
    assertThat(ClauseId.of("5.1.1.2")).hasToString("5.1.1.2").isEqualTo(ClauseId.of("5.1.1.2"));
  }

  @Test
  void compares_numbers_beyond_int_without_failing() {
    assertThat(ClauseId.of("4.99999999999")).isGreaterThan(ClauseId.of("4.3"));
    assertThat(ClauseId.of("R12345678901")).isGreaterThan(ClauseId.of("R9"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0",
        "10",
        "4.0",
        "4.01",
        "4..1",
        "4.1.",
        ".4",
        " 4.1",
        "4.1 ",
        "D",
        "a.1",
        "4.p0",
        "4.p",
        "A.note.1",
        "4.p1.p2",
        "4.note.p1",
        "R",
        "R0",
        "R01",
        "r1",
        "R1.1",
        "6.6.1.P1",
        "四",
        "６"
      })
  void rejects_strings_that_are_no_clause_or_ruling(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseId.of(value))
        .withMessage("not a DB3311 clause or ruling id: '" + value + "'");
  }

  @Test
  void rejects_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseId.of(null))
        .withMessageContaining("'null'");
  }
}
