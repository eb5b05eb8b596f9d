package org.db3311.sgc.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.fixture.SampleCenters;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.Quantity;
import org.db3311.sgc.core.assessment.profile.Resolution;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * No quantity a profile accepts can make the assessment slow: a {@link java.math.BigDecimal} may
 * carry any exponent, and a rule that subtracted or printed {@code 1e-400000000} would expand it to
 * four hundred million digits.
 */
class ExtremeQuantitiesProperties {

  // a guard against hangs, not a timing test: the assessment takes microseconds (see the benchmark)
  private static final Duration NO_HANG = Duration.ofSeconds(5);
  private static final LocalDate DAY = SampleCenters.ASSESSED_ON;

  private final Assessor assessor = Assessor.standard();

  @Property(tries = 300)
  @Label(
      "any decimal, whatever its digits and exponent, is judged at once, and a profile that accepts it"
          + " assesses without hanging")
  void any_decimal_is_judged_at_once(
      @ForAll("decimals") BigDecimal value, @ForAll Quantity quantity) {
    Optional<String> problem = assertTimeoutPreemptively(NO_HANG, () -> quantity.problem(value));
    Statistics.collect(problem.isPresent() ? "rejected" : "accepted");
    if (problem.isEmpty()) {
      CenterProfile center = with(SampleCenters.tier1Conformant(), quantity, value);
      assertTimeoutPreemptively(NO_HANG, () -> assessor.assess(center, DAY));
    }
  }

  @Property(tries = 300)
  @Label(
      "a profile built from extreme but accepted quantities assesses without hanging, and"
          + " its floor area is judged exactly")
  @Implements({"5.1.1.2", "8.1.2", "8.1.3", "B.2", "C.1"})
  void extreme_accepted_quantities_assess_quickly(
      @ForAll("floorAreas") BigDecimal area,
      @ForAll("signSides") BigDecimal width,
      @ForAll("signSides") BigDecimal height,
      @ForAll("diagonals") BigDecimal diagonal,
      @ForAll("bandwidths") BigDecimal bandwidth) {
    CenterProfile center = SampleCenters.tier1Conformant();
    center = with(center, Quantity.FLOOR_AREA, area);
    center = with(center, Quantity.DISPLAY_DIAGONAL, diagonal);
    center = with(center, Quantity.BANDWIDTH, bandwidth);
    center = withSigns(center, new Dimensions(width, height));
    CenterProfile assessed = center;
    AssessmentReport report =
        assertTimeoutPreemptively(NO_HANG, () -> assessor.assess(assessed, DAY));
    assertThat(report.finding("5.1.1.2").orElseThrow().verdict() == Verdict.CONFORMS)
        .isEqualTo(area.compareTo(new BigDecimal("3000")) >= 0);
  }

  @Property(tries = 300)
  @Label(
      "equal quantities make equal records whatever their scale, in a canonical form without"
          + " exponent or trailing zeros")
  void equal_quantities_make_equal_records(
      @ForAll("signSides") BigDecimal side, @ForAll @IntRange(max = 30) int extraZeros) {
    BigDecimal padded = side.setScale(side.scale() + extraZeros);
    BigDecimal stripped = side.stripTrailingZeros();
    Dimensions a = new Dimensions(padded, stripped);
    Dimensions b = new Dimensions(stripped, padded);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    String written = a.widthMm().toString();
    assertThat(written).doesNotContain("E").isEqualTo(a.widthMm().toPlainString());
    assertThat(written.contains(".") && written.endsWith("0")).as(written).isFalse();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.valueOf(-5), BigInteger.valueOf(10_000)),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(300).map(BigInteger::new),
            Arbitraries.integers()
                .between(1, 2000)
                .map(zeros -> BigInteger.TEN.pow(zeros).add(BigInteger.ONE)));
    Arbitrary<Integer> scale =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-12, 12),
            Arbitraries.integers(),
            Arbitraries.of(
                Integer.MIN_VALUE, Integer.MAX_VALUE, -400_000_000, 400_000_000, 2000, -2000));
    return unscaled.flatMap(u -> scale.map(s -> new BigDecimal(u, s)));
  }

  @Provide
  Arbitrary<BigDecimal> floorAreas() {
    return extremes(Quantity.FLOOR_AREA, "2999.999999", "3000");
  }

  @Provide
  Arbitrary<BigDecimal> signSides() {
    return extremes(Quantity.SIGN_SIDE, "600", "620");
  }

  @Provide
  Arbitrary<BigDecimal> diagonals() {
    return extremes(Quantity.DISPLAY_DIAGONAL, "69.999999", "70");
  }

  @Provide
  Arbitrary<BigDecimal> bandwidths() {
    return extremes(Quantity.BANDWIDTH, "199.999999", "200");
  }

  /**
   * Accepted values at the bounds, at the rules' thresholds, and anywhere between with 6 places.
   */
  private static Arbitrary<BigDecimal> extremes(Quantity quantity, String... thresholds) {
    BigDecimal smallest = BigDecimal.ONE.movePointLeft(Quantity.MAX_DECIMAL_PLACES);
    List<BigDecimal> edges = new ArrayList<>();
    edges.add(smallest);
    edges.add(quantity.maximum());
    edges.add(quantity.maximum().subtract(smallest));
    edges.add(new BigDecimal("1e-6"));
    edges.add(quantity.maximum().setScale(Quantity.MAX_DECIMAL_PLACES));
    for (String t : thresholds) {
      edges.add(new BigDecimal(t));
    }
    return Arbitraries.oneOf(
        Arbitraries.of(edges),
        Arbitraries.bigDecimals()
            .between(smallest, quantity.maximum())
            .ofScale(Quantity.MAX_DECIMAL_PLACES));
  }

  private static CenterProfile with(CenterProfile center, Quantity quantity, BigDecimal value) {
    Hardware h = center.hardware();
    return switch (quantity) {
      case FLOOR_AREA -> center.toBuilder().totalFloorArea(value).build();
      case SIGN_SIDE -> withSigns(center, new Dimensions(value, value));
      case DISPLAY_DIAGONAL -> {
        List<Display> displays = new ArrayList<>(h.displays());
        displays.add(new Display("拼接屏", value, new Resolution(3840, 2160)));
        yield center.toBuilder()
            .hardware(
                new Hardware(
                    h.rooms(),
                    h.systems(),
                    h.bandwidthMbps(),
                    h.networkEquipment(),
                    displays,
                    h.displayComponents(),
                    h.videoConference(),
                    h.functionalDevices()))
            .build();
      }
      case BANDWIDTH ->
          center.toBuilder()
              .hardware(
                  new Hardware(
                      h.rooms(),
                      h.systems(),
                      Optional.of(value),
                      h.networkEquipment(),
                      h.displays(),
                      h.displayComponents(),
                      h.videoConference(),
                      h.functionalDevices()))
              .build();
    };
  }

  /** Gives every brass plate and logo (the signs whose proportions are checked) the dimensions. */
  private static CenterProfile withSigns(CenterProfile center, Dimensions d) {
    List<Sign> signs = new ArrayList<>();
    for (Sign s : center.signs()) {
      boolean measured = s.kind() == SignKind.BRASS_PLATE || s.kind() == SignKind.ONE_PLACE_LOGO;
      signs.add(measured ? new Sign(s.kind(), s.text(), s.location(), Optional.of(d)) : s);
    }
    return center.toBuilder().signs(signs).build();
  }
}
