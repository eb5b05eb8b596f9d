package org.db3311.sgc.core.assessment.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.ClauseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The center profile rejects facts that cannot be true")
class ProfileInvariantsTest {

  @Test
  @DisplayName("a county is a county-level GB/T 2260 division with a name")
  void county() {
    assertThat(County.of("331121", "青田县").code().value()).isEqualTo("331121");
    assertThatThrownBy(() -> County.of("331100", "丽水市"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a county-level division");
    assertThatThrownBy(() -> County.of("331121", " ")).hasMessageContaining("county name");
  }

  @Test
  @DisplayName("floor area, display size, bandwidth and sign dimensions are positive")
  void positive_quantities() {
    var builder = CenterProfile.builder(County.of("331121", "青田县"), Tier.TIER_2, BigDecimal.ZERO);
    assertThatThrownBy(builder::build)
        .hasMessageContaining("total floor area must be greater than 0");
    assertThatThrownBy(() -> new Display("屏", new BigDecimal("-1"), new Resolution(1920, 1080)))
        .hasMessageContaining("display size");
    assertThatThrownBy(() -> Dimensions.of(0, 10)).hasMessageContaining("sign width");
    assertThatThrownBy(() -> new Resolution(0, 1080)).hasMessageContaining("1 to 100000");
    assertThatThrownBy(() -> new VideoConference(0, Set.of())).hasMessageContaining("0p");
  }

  @Test
  @DisplayName(
      "quantities are bounded: at most 6 decimal places and a sensible maximum, checked without"
          + " expanding the number")
  void quantities_are_bounded() {
    var county = County.of("331121", "青田县");
    assertThatThrownBy(
            () ->
                CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("1e-400000000")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total floor area must have at most 6 decimal places");
    assertThatThrownBy(
            () -> CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("1e400000000")).build())
        .hasMessageContaining("total floor area must be at most 1000000 m², not 1E+400000000");
    assertThatThrownBy(
            () ->
                CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("3000.0000001")).build())
        .hasMessageContaining("6 decimal places");
    assertThat(
            CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("1000000.000000"))
                .build()
                .totalFloorArea())
        .isEqualByComparingTo("1000000");
    assertThat(
            CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("0.000001000"))
                .build()
                .totalFloorArea())
        .isEqualByComparingTo("0.000001");
    assertThatThrownBy(
            () -> new Display("屏", new BigDecimal("10000.000001"), new Resolution(1920, 1080)))
        .hasMessageContaining("display size must be at most 10000");
    assertThatThrownBy(() -> new Dimensions(new BigDecimal("100001"), BigDecimal.TEN))
        .hasMessageContaining("sign width must be at most 100000");
    assertThatThrownBy(() -> new Dimensions(BigDecimal.TEN, new BigDecimal("1e-7")))
        .hasMessageContaining("sign height must have at most 6 decimal places");
    assertThatThrownBy(
            () ->
                new Hardware(
                    Set.of(),
                    Set.of(),
                    Optional.of(new BigDecimal("1e-400000000")),
                    Set.of(),
                    List.of(),
                    Set.of(),
                    Optional.empty(),
                    Set.of()))
        .hasMessageContaining("bandwidth must have at most 6 decimal places");
    assertThat(Quantity.BANDWIDTH.problem(new BigDecimal("0." + "0".repeat(60) + "1".repeat(999))))
        .hasValue("must have at most 6 decimal places, not 1.1111111111111111111E-61…");
  }

  @Test
  @DisplayName("equal quantities make equal records: 3000, 3000.0 and 3E+3 m² are one floor area")
  void equal_quantities_are_equal() {
    var county = County.of("331121", "青田县");
    CenterProfile plain =
        CenterProfile.builder(county, Tier.TIER_1, new BigDecimal("3000")).build();
    for (String area : List.of("3000.0", "3000.000000", "3E+3", "3000.0000000000")) {
      CenterProfile other =
          CenterProfile.builder(county, Tier.TIER_1, new BigDecimal(area)).build();
      assertThat(other).as(area).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(other.totalFloorArea().toString()).as(area).isEqualTo("3000");
    }
    assertThat(new Dimensions(new BigDecimal("900.0"), new BigDecimal("6E+2")))
        .isEqualTo(Dimensions.of(900, 600));
    assertThat(new Display("屏", new BigDecimal("70.50"), new Resolution(1920, 1080)).sizeInches())
        .hasToString("70.5");
    assertThat(
            new Hardware(
                    Set.of(),
                    Set.of(),
                    Optional.of(new BigDecimal("0.0000010")),
                    Set.of(),
                    List.of(),
                    Set.of(),
                    Optional.empty(),
                    Set.of())
                .bandwidthMbps())
        .hasValueSatisfying(b -> assertThat(b).hasToString("0.000001"));
  }

  @Test
  @DisplayName("a resolution meets another on its long and short side (portrait counts)")
  void resolution_comparison() {
    Resolution fullHd = new Resolution(1920, 1080);
    assertThat(new Resolution(1080, 1920).isAtLeast(fullHd)).isTrue();
    assertThat(new Resolution(1280, 720).isAtLeast(fullHd)).isFalse();
    assertThat(new Resolution(2560, 1079).isAtLeast(fullHd)).isFalse();
  }

  @Test
  @DisplayName("an attestation cannot end before it was made, and is valid inclusively")
  void attestation_validity() {
    Attestation a =
        new Attestation(
            ClauseId.of("5.3.2"),
            "督查组",
            LocalDate.of(2025, 5, 20),
            EvidenceReference.of("sha256:" + "0f".repeat(32)),
            Optional.of(LocalDate.of(2026, 5, 19)),
            "");
    assertThat(a.isValidOn(a.attestedOn())).isTrue();
    assertThat(a.isValidOn(a.attestedOn().minusDays(1))).isFalse();
    assertThat(a.isValidOn(a.validUntil().orElseThrow())).isTrue();
    assertThat(a.isValidOn(a.validUntil().orElseThrow().plusDays(1))).isFalse();
    assertThatThrownBy(
            () ->
                new Attestation(
                    ClauseId.of("5.3.2"),
                    "督查组",
                    LocalDate.of(2025, 5, 1),
                    EvidenceReference.of("档案 1"),
                    Optional.of(LocalDate.of(2025, 4, 30)),
                    ""))
        .hasMessageContaining("ends (2025-04-30) before it was made (2025-05-01)");
  }

  @Test
  @DisplayName("dates are days of the years 0001 to 9999, which the profile format can write")
  void dates_within_four_digit_years() {
    EvidenceReference evidence = EvidenceReference.of("档案 1");
    LocalDate last = LocalDate.of(9999, 12, 31);
    assertThat(
            new Attestation(
                    ClauseId.of("5.3.2"),
                    "督查组",
                    LocalDate.of(1, 1, 1),
                    evidence,
                    Optional.of(last),
                    "")
                .validUntil())
        .hasValue(last);
    assertThatThrownBy(
            () ->
                new Attestation(
                    ClauseId.of("5.3.2"),
                    "督查组",
                    LocalDate.of(2025, 1, 1),
                    evidence,
                    Optional.of(last.plusDays(1)),
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "attestation valid until must be a day of the years 0001 to 9999, not +10000-01-01");
    assertThatThrownBy(
            () ->
                new Attestation(
                    ClauseId.of("5.3.2"),
                    "督查组",
                    LocalDate.of(0, 12, 31),
                    evidence,
                    Optional.empty(),
                    ""))
        .hasMessageContaining(
            "attested on must be a day of the years 0001 to 9999, not 0000-12-31");
    assertThatThrownBy(
            () ->
                new Certificate(
                    "调解员证", Optional.empty(), Optional.empty(), Optional.of(LocalDate.MAX)))
        .hasMessageContaining("certificate valid until must be a day of the years 0001 to 9999");
    assertThatThrownBy(
            () ->
                new Certificate(
                    "调解员证", Optional.empty(), Optional.of(LocalDate.MIN), Optional.empty()))
        .hasMessageContaining("certificate valid from must be a day of the years 0001 to 9999");
    assertThatThrownBy(
            () ->
                new ManagementArrangements(
                    Set.of(), true, true, List.of(LocalDate.of(10000, 1, 1)), true, List.of()))
        .hasMessageContaining("fire drill must be a day of the years 0001 to 9999");
    assertThatThrownBy(
            () ->
                new ManagementArrangements(
                    Set.of(), true, true, List.of(), true, List.of(LocalDate.of(-1, 1, 1))))
        .hasMessageContaining("emergency training must be a day of the years 0001 to 9999");
  }

  @Test
  @DisplayName(
      "a sha256 evidence reference has 64 lower-case hex digits; other references are free text")
  void evidence_reference() {
    assertThat(EvidenceReference.of("sha256:" + "ab".repeat(32)).value()).startsWith("sha256:");
    assertThat(EvidenceReference.of("https://example.org/photo/17").value()).contains("photo");
    assertThatThrownBy(() -> EvidenceReference.of("sha256:abc")).hasMessageContaining("64");
    assertThatThrownBy(() -> EvidenceReference.of(" x")).hasMessageContaining("space");
  }

  @Test
  @DisplayName("a certificate is valid between its first and last day inclusive")
  void certificate_validity() {
    Certificate c =
        new Certificate(
            "调解员证",
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.of(LocalDate.of(2024, 12, 31)));
    assertThat(c.isValidOn(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
    assertThatThrownBy(
            () ->
                new Certificate(
                    "x",
                    Optional.empty(),
                    Optional.of(LocalDate.of(2025, 1, 2)),
                    Optional.of(LocalDate.of(2025, 1, 1))))
        .hasMessageContaining("ends");
  }

  @Test
  @DisplayName("collections are copied and null elements rejected")
  void collections_are_immutable() {
    CenterProfile p =
        CenterProfile.builder(County.of("331121", "青田县"), Tier.TIER_2, new BigDecimal("2100"))
            .addUnit(EnteredUnit.resident(UnitKind.OTHER, "青田县信访局"))
            .facilities(Set.of(Facility.CCTV))
            .signs(List.of(Sign.of(SignKind.ZONE_MAP, "功能区分布图", SignLocation.HALL)))
            .addAttestation(
                new Attestation(
                    ClauseId.of("5.3.2"),
                    "督查组",
                    LocalDate.of(2025, 1, 1),
                    EvidenceReference.of("档案 3"),
                    Optional.empty(),
                    ""))
            .build();
    assertThatThrownBy(() -> p.units().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.facilities().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> p.toBuilder().designatedUnits(java.util.Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class);
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.attestation(ClauseId.of("5.3.2"), LocalDate.of(2025, 6, 30))).isPresent();
    assertThat(p.attestation(ClauseId.of("5.3.2"), LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(p.signs(SignKind.ZONE_MAP)).hasSize(1);
    assertThat(List.of(Tier.values())).extracting(Tier::zh).containsExactly("一类地区", "二类地区");
  }
}
