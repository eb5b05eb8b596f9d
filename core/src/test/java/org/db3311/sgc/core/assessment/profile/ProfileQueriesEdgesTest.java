package org.db3311.sgc.core.assessment.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The questions the rules ask of a profile's records, which the profile's own tests left unasked:
 * whether a unit is resident (R4), a post staffed, a certificate held and in force on the day
 * (4.2.3), a sign's aspect ratio (appendix B) and how a resolution is written.
 */
@DisplayName(
    "Profile queries — resident unit, staffed post, certificate in force, ratio, resolution")
class ProfileQueriesEdgesTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  @Test
  @Implements("R4")
  @DisplayName(
      "R4: only a unit entered as resident is resident; rotating, phased and on call are not")
  void resident_units() {
    assertThat(EnteredUnit.resident(UnitKind.OTHER, "信访局").isResident()).isTrue();
    for (EntryMode mode : List.of(EntryMode.ROTATING, EntryMode.PHASED, EntryMode.ON_CALL)) {
      assertThat(new EnteredUnit(UnitKind.OTHER, "信访局", mode, Optional.empty()).isResident())
          .as(mode.name())
          .isFalse();
    }
  }

  @Test
  @DisplayName("a post is staffed when it has at least one holder")
  void staffed_posts() {
    PostHolder one = new PostHolder("赵静", List.of());
    assertThat(
            new StaffPost("窗口", PostKind.BUSINESS_WINDOW, Optional.empty(), List.of(one))
                .isStaffed())
        .isTrue();
    assertThat(
            new StaffPost("窗口", PostKind.BUSINESS_WINDOW, Optional.empty(), List.of()).isStaffed())
        .isFalse();
  }

  @Test
  @Implements("4.2.3")
  @DisplayName(
      "4.2.3 a holder holds a certificate only by that name and only while it is in force, both"
          + " ends included")
  void certificates_in_force() {
    Certificate cert =
        new Certificate(
            "心理咨询师证书",
            Optional.empty(),
            Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.of(LocalDate.of(2025, 6, 30)));
    PostHolder h =
        new PostHolder(
            "赵静",
            List.of(
                new Certificate("其他证书", Optional.empty(), Optional.empty(), Optional.empty()),
                cert));
    assertThat(h.holdsValid("心理咨询师证书", DAY)).isTrue();
    assertThat(h.holdsValid("心理咨询师证书", LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(h.holdsValid("心理咨询师证书", DAY.plusDays(1))).isFalse();
    assertThat(h.holdsValid("心理咨询师证书", LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(h.holdsValid("律师执业证", DAY)).isFalse();
    assertThat(new PostHolder("钱勇", List.of()).holdsValid("心理咨询师证书", DAY)).isFalse();
  }

  @Test
  @DisplayName("a list setter on a copied builder replaces the list, it does not append to it")
  void builder_setters_replace() {
    CenterProfile c =
        org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant().toBuilder()
            .platforms(List.of())
            .units(List.of())
            .designatedUnits(List.of())
            .socialForces(List.of())
            .staff(List.of())
            .facilities(List.of())
            .windows(List.of())
            .build();
    assertThat(c.platforms()).isEmpty();
    assertThat(c.units()).isEmpty();
    assertThat(c.designatedUnits()).isEmpty();
    assertThat(c.socialForces()).isEmpty();
    assertThat(c.staff()).isEmpty();
    assertThat(c.facilities()).isEmpty();
    assertThat(c.windows()).isEmpty();
  }

  @Test
  @Implements("B.2")
  @DisplayName(
      "B.2 a sign's aspect ratio is its width over its height; a resolution reads 1920×1080")
  void ratio_and_resolution() {
    assertThat(Dimensions.of(900, 600).aspectRatio()).isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(new Resolution(1920, 1080)).hasToString("1920×1080");
  }
}
