package org.db3311.sgc.core.assessment.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The data a profile is checked against and the lists it is built from, at their edges: the
 * division table shipped for Lishui (5.3.1), read once and kept; a line whose code is empty; a null
 * in a list or a set of terms, refused by name.
 */
@DisplayName("The center profile's data — the shipped division table, empty codes, null elements")
class ProfileDataEdgesTest {

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "5.3.1 the shipped division table lists Zhejiang, Lishui and Lishui's nine county-level"
          + " divisions, in the file's order")
  void the_shipped_table_covers_lishui() {
    DivisionTable t = DivisionTable.shipped();
    assertThat(t.all().keySet())
        .extracting(DivisionCode::value)
        .containsExactly(
            "330000", "331100", "331102", "331121", "331122", "331123", "331124", "331125",
            "331126", "331127", "331181");
    assertThat(t.name(DivisionCode.of("331127"))).hasValue("景宁畲族自治县");
    assertThat(t.disagreement(County.of("331121", "青田县"))).isEmpty();
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "5.3.1 the shipped division table is read from its resource on first use and then kept: every"
          + " later use gets the same table")
  void the_shipped_table_is_read_once() throws Exception {
    Field cache = DivisionTable.class.getDeclaredField("shipped");
    cache.setAccessible(true);
    cache.set(null, null);
    DivisionTable first = DivisionTable.shipped();
    assertThat(first).isNotNull();
    assertThat(first.all()).hasSize(11);
    assertThat(cache.get(null)).isSameAs(first);
    assertThat(DivisionTable.shipped()).isSameAs(first);
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "5.3.1 a division table line with nothing before its comma is refused for its code, naming the"
          + " line")
  void an_empty_code_is_a_bad_code() {
    assertThatThrownBy(() -> DivisionTable.fromCsv(new StringReader("# c\n,青田县\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: a GB/T 2260 division code is six digits not starting with 0, not ''")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a list or a set of terms with a null element is refused, naming what it lists")
  void null_elements_are_named() {
    assertThatThrownBy(() -> Checks.list(Arrays.asList("青田县信访局", null), "designated units"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("designated units must not contain null");
    assertThatThrownBy(
            () -> Checks.enums(Facility.class, Arrays.asList(Facility.CCTV, null), "facilities"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("facilities must not contain null");
    assertThat(Checks.list(List.of("a", "b"), "x")).containsExactly("a", "b");
    assertThat(Checks.enums(Facility.class, List.of(Facility.CCTV, Facility.CCTV), "x"))
        .containsExactly(Facility.CCTV);
  }
}
