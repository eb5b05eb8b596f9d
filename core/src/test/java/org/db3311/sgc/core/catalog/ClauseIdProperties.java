package org.db3311.sgc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

@Label("Clause ids are totally ordered, consistently with equals, and reject malformed strings")
class ClauseIdProperties {

  @Property
  void order_is_reflexive_and_consistent_with_equals(
      @ForAll("ids") ClauseId a, @ForAll("ids") ClauseId b) {
    assertThat(a.compareTo(a)).isZero();
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(a.compareTo(ClauseId.of(a.value()))).isZero();
  }

  @Property
  void order_is_antisymmetric(@ForAll("ids") ClauseId a, @ForAll("ids") ClauseId b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void order_is_transitive(
      @ForAll("ids") ClauseId a, @ForAll("ids") ClauseId b, @ForAll("ids") ClauseId c) {
    List<ClauseId> sorted = Stream.of(a, b, c).sorted().toList();

    assertThat(sorted.get(0).compareTo(sorted.get(1))).isNotPositive();
    assertThat(sorted.get(1).compareTo(sorted.get(2))).isNotPositive();
    assertThat(sorted.get(0).compareTo(sorted.get(2))).isNotPositive();
  }

  @Property
  void a_clause_comes_after_its_parent_and_before_its_next_sibling(
      @ForAll("unsuffixed") ClauseId parent, @ForAll("numbers") String n) {
    ClauseId child = ClauseId.of(parent.value() + "." + n);
    ClauseId nextSibling = ClauseId.of(parent.value() + "." + increment(n));

    assertThat(parent).isLessThan(child);
    assertThat(child).isLessThan(nextSibling);
    assertThat(ClauseId.of(child.value() + ".p1")).isLessThan(nextSibling);
    assertThat(ClauseId.of(parent.value() + ".note")).isGreaterThan(child);
  }

  @Property
  void chapters_come_before_appendices_and_rulings_last(
      @ForAll("numbered") ClauseId inChapter,
      @ForAll("inAppendix") ClauseId inAppendix,
      @ForAll("rulings") ClauseId ruling) {
    assertThat(inChapter).isLessThan(inAppendix);
    assertThat(inAppendix).isLessThan(ruling);
    assertThat(inChapter).isLessThan(ruling);
  }

  @Property
  void malformed_variants_of_valid_ids_are_rejected(
      @ForAll("ids") ClauseId valid, @ForAll("breakages") String breakage) {
    String malformed =
        switch (breakage) {
          case "trailing dot" -> valid.value() + ".";
          case "leading space" -> " " + valid.value();
          case "empty segment" -> valid.value().replaceFirst("^(.)", "$1.");
          case "zero segment" -> valid.value() + ".0";
          case "leading zero" ->
              valid.isRuling() ? "R0" + valid.value().substring(1) : valid.value() + ".01";
          case "foreign head" -> (valid.isRuling() ? "r" : "D") + valid.value().substring(1);
          case "after note" -> (valid.isRuling() ? "A" : valid.value()) + ".note.1";
          default -> throw new IllegalArgumentException(breakage);
        };

    assertThatIllegalArgumentException().isThrownBy(() -> ClauseId.of(malformed));
  }

  @Provide
  Arbitrary<String> breakages() {
    return Arbitraries.of(
        "trailing dot",
        "leading space",
        "empty segment",
        "zero segment",
        "leading zero",
        "foreign head",
        "after note");
  }

  @Provide
  Arbitrary<ClauseId> ids() {
    return Arbitraries.oneOf(clauses(), rulings());
  }

  @Provide
  Arbitrary<ClauseId> clauses() {
    return Arbitraries.oneOf(numbered(), inAppendix());
  }

  @Provide
  Arbitrary<ClauseId> numbered() {
    return clauseFrom(Arbitraries.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  @Provide
  Arbitrary<ClauseId> inAppendix() {
    return clauseFrom(Arbitraries.of("A", "B", "C"));
  }

  /** Clauses without a paragraph or note suffix, which can have children. */
  @Provide
  Arbitrary<ClauseId> unsuffixed() {
    return clauseFrom(
        Arbitraries.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C"),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<ClauseId> rulings() {
    return numbers().map(n -> ClauseId.of("R" + n));
  }

  /** Mostly small numbers, as in the standard, some beyond {@code long}. */
  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 12).map(String::valueOf)),
        Tuple.of(
            1,
            Combinators.combine(
                    Arbitraries.strings().withChars("123456789").ofLength(1),
                    Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25))
                .as(String::concat)));
  }

  private Arbitrary<ClauseId> clauseFrom(Arbitrary<String> first) {
    return clauseFrom(
        first,
        Arbitraries.oneOf(
            Arbitraries.just(""), Arbitraries.just(".note"), numbers().map(n -> ".p" + n)));
  }

  private Arbitrary<ClauseId> clauseFrom(Arbitrary<String> first, Arbitrary<String> suffix) {
    return Combinators.combine(first, numbers().list().ofMaxSize(5), suffix)
        .as(
            (head, segments, tail) ->
                ClauseId.of(
                    head + segments.stream().map(s -> "." + s).reduce("", String::concat) + tail));
  }

  private static String increment(String digits) {
    return new BigInteger(digits).add(BigInteger.ONE).toString();
  }
}
