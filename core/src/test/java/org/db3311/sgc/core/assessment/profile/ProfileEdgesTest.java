package org.db3311.sgc.core.assessment.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.assessment.fixture.SampleCenters;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the center profile: the words every term shows in a report, the division table a
 * deployment supplies (5.3.1), the bounds of a quantity and what a message shows of a bad one, and
 * the profile's own look-ups.
 */
@DisplayName(
    "The center profile — terms, the division table, quantities and look-ups at their edges")
class ProfileEdgesTest {

  static final List<Class<? extends Term>> TERMS =
      List.of(
          DisplayComponent.class,
          EntryForm.class,
          EntryMode.class,
          Facility.class,
          FunctionalDevice.class,
          HardwareRoom.class,
          HardwareSystem.class,
          ManagementFunction.class,
          ManagementRegulation.class,
          NetworkEquipment.class,
          Platform.class,
          PostKind.class,
          SignKind.class,
          SignLocation.class,
          SocialForceKind.class,
          Tier.class,
          UnitKind.class,
          VideoConferenceComponent.class,
          WindowScreenKind.class,
          ZoneFunction.class,
          ZoneKind.class);

  @Test
  @DisplayName(
      "every term has a Chinese and an English name, and no two values of one kind share either"
          + " (a report names each fact in both languages)")
  void every_term_is_named_in_both_languages() {
    for (Class<? extends Term> type : TERMS) {
      Set<String> zh = new HashSet<>();
      Set<String> en = new HashSet<>();
      for (Term t : type.getEnumConstants()) {
        assertThat(t.zh()).as(type.getSimpleName() + "." + t + " zh").isNotBlank();
        assertThat(t.en()).as(type.getSimpleName() + "." + t + " en").isNotBlank();
        assertThat(zh.add(t.zh())).as(type.getSimpleName() + " zh " + t.zh()).isTrue();
        assertThat(en.add(t.en())).as(type.getSimpleName() + " en " + t.en()).isTrue();
      }
    }
  }

  @Test
  @Implements({"5.1.2.2.1", "5.1.2.2.2"})
  @DisplayName(
      "the dispute zone is 矛盾纠纷调处化解区 in 5.1.2.2.1 (tier 1) and 矛盾调处化解区 in 5.1.2.2.2 (tier 2);"
          + " the other zones are named alike")
  void zone_names_follow_each_tier_clause() {
    assertThat(ZoneKind.DISPUTE_RESOLUTION.zh(Tier.TIER_1)).isEqualTo("矛盾纠纷调处化解区");
    assertThat(ZoneKind.DISPUTE_RESOLUTION.zh(Tier.TIER_2)).isEqualTo("矛盾调处化解区");
    assertThat(ZoneKind.DISPUTE_RESOLUTION.zh()).isEqualTo("矛盾纠纷调处化解区");
    for (ZoneKind k : EnumSet.complementOf(EnumSet.of(ZoneKind.DISPUTE_RESOLUTION))) {
      assertThat(k.zh(Tier.TIER_2)).isEqualTo(k.zh(Tier.TIER_1)).isEqualTo(k.zh());
    }
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a deployment's division table skips blank lines, comments and the header, strips quotes and"
          + " spaces, and keeps its order")
  void a_division_table_is_read_leniently() throws Exception {
    DivisionTable t =
        DivisionTable.fromCsv(
            new StringReader(
                "code,name\n\n  # comment\n 331100 , \"丽水市\" \n331121,青田县\n   \n331102,莲都区\n"));
    assertThat(t.all().keySet())
        .extracting(DivisionCode::value)
        .containsExactly("331100", "331121", "331102");
    assertThat(t.name(DivisionCode.of("331100"))).hasValue("丽水市");
    assertThat(t.name(DivisionCode.of("331122"))).isEmpty();
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a malformed division table is refused naming the line: no comma, a bad code, no name, a code"
          + " twice")
  void a_bad_division_table_names_the_line() {
    assertThatThrownBy(() -> DivisionTable.fromCsv(new StringReader("# c\n331121 青田县\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: expected code,name, not '331121 青田县'");
    assertThatThrownBy(() -> DivisionTable.fromCsv(new StringReader("331121,青田县\n3311,某县\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: ")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DivisionTable.fromCsv(new StringReader("\n\n331121, \"\" \n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: 331121 has no name");
    assertThatThrownBy(
            () -> DivisionTable.fromCsv(new StringReader("331121,青田县\n331102,莲都区\n331121,青田\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: 331121 is listed twice");
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a county agrees with the table when its code is listed under its name, spaces ignored;"
          + " otherwise the table says what is wrong")
  void a_county_agrees_with_the_table() {
    Map<DivisionCode, String> names = new LinkedHashMap<>();
    names.put(DivisionCode.of("331121"), "青田县");
    DivisionTable t = DivisionTable.of(names);
    names.put(DivisionCode.of("331102"), "莲都区");
    assertThat(t.all()).as("the table keeps its own copy").hasSize(1);

    assertThat(t.disagreement(County.of("331121", " 青 田县 "))).isEmpty();
    assertThat(t.disagreement(County.of("331121", "青田市")))
        .hasValue("GB/T 2260 code 331121 is 青田县, not 青田市");
    assertThat(t.disagreement(County.of("331102", "莲都区")))
        .hasValue("GB/T 2260 code 331102 is not in the division table");
    assertThat(DivisionTable.bare(" 景宁 畲族\t自治县\n")).isEqualTo("景宁畲族自治县");
    assertThatThrownBy(() -> DivisionTable.of(Map.of(DivisionCode.of("331121"), " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("division name");
  }

  @Test
  @DisplayName(
      "a quantity is greater than 0 and at most its maximum, both ends checked; the message names"
          + " the bound and the value")
  void quantity_bounds() {
    for (Quantity q : Quantity.values()) {
      assertThat(q.problem(q.maximum())).isEmpty();
      assertThat(q.problem(new BigDecimal("0.000001"))).isEmpty();
      assertThat(q.problem(q.maximum().add(new BigDecimal("0.000001"))))
          .hasValue(
              "must be at most "
                  + q.maximum().toPlainString()
                  + " "
                  + q.unit()
                  + ", not "
                  + q.maximum().add(new BigDecimal("0.000001")));
      assertThat(q.problem(BigDecimal.ZERO)).hasValue("must be greater than 0, not 0");
      assertThat(q.problem(new BigDecimal("-2.5"))).hasValue("must be greater than 0, not -2.5");
    }
    assertThat(Quantity.FLOOR_AREA.unit()).isEqualTo("m²");
    assertThat(Quantity.SIGN_SIDE.unit()).isEqualTo("mm");
    assertThat(Quantity.DISPLAY_DIAGONAL.unit()).isEqualTo("inches");
    assertThat(Quantity.BANDWIDTH.unit()).isEqualTo("Mbps");
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal("2999.9999995")))
        .hasValue("must have at most 6 decimal places, not 2999.9999995");
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal("2999.9999990"))).isEmpty();
  }

  @Test
  @DisplayName(
      "a message shows a value of more than 20 digits by its first 20 and its exponent, with its"
          + " sign; 20 digits are shown in full")
  void long_values_are_shown_cut() {
    String twenty = "12345678901234567890";
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal(twenty)))
        .hasValue("must be at most 1000000 m², not " + twenty);
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal(twenty + "5")))
        .hasValue("must be at most 1000000 m², not 1.2345678901234567890E+20…");
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal("-" + twenty + "5")))
        .hasValue("must be greater than 0, not -1.2345678901234567890E+20…");
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal("0.000000" + twenty + "5")))
        .hasValue("must have at most 6 decimal places, not 1.2345678901234567890E-7…");
    assertThat(Quantity.FLOOR_AREA.problem(new BigDecimal("1" + twenty + "E-20")))
        .hasValue("must have at most 6 decimal places, not 1.1234567890123456789E+0…");
  }

  @Test
  @DisplayName("text may hold a line break or a tab, never another control character")
  void text_control_characters() {
    assertThat(Checks.text("第一行\n第二行\t完", "statement")).isEqualTo("第一行\n第二行\t完");
    for (String bad : new String[] {"a\u0000b", "a\rb", "a\u001bb", "a\u007fb", "a\u0085b"}) {
      assertThatThrownBy(() -> Checks.text(bad, "statement"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("statement must not contain control characters");
    }
    assertThat(Checks.day(LocalDate.of(1, 1, 1), "d")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(Checks.day(LocalDate.of(9999, 12, 31), "d")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  @DisplayName(
      "the profile's look-ups: functions across every zone of a kind, whether a zone exists, signs"
          + " of a kind, a clause's attestations and the one valid on a day")
  void look_ups() {
    CenterProfile p =
        SampleCenters.tier2Conformant().toBuilder()
            .zones(
                List.of(
                    new Zone(ZoneKind.RECEPTION, Set.of(ZoneFunction.values()[0])),
                    new Zone(ZoneKind.RECEPTION, Set.of(ZoneFunction.values()[1])),
                    new Zone(ZoneKind.INTEGRATED_COMMAND, Set.of(ZoneFunction.values()[2]))))
            .signs(
                List.of(
                    Sign.of(SignKind.values()[0], "A", SignLocation.values()[0]),
                    Sign.of(SignKind.values()[1], "B", SignLocation.values()[0]),
                    Sign.of(SignKind.values()[0], "C", SignLocation.values()[0])))
            .build();
    assertThat(p.functionsOf(ZoneKind.RECEPTION))
        .containsExactlyInAnyOrder(ZoneFunction.values()[0], ZoneFunction.values()[1]);
    assertThat(p.functionsOf(ZoneKind.DISPUTE_RESOLUTION)).isEmpty();
    assertThat(p.hasZone(ZoneKind.INTEGRATED_COMMAND)).isTrue();
    assertThat(p.hasZone(ZoneKind.DISPUTE_RESOLUTION)).isFalse();
    assertThat(p.signs(SignKind.values()[0])).extracting(Sign::text).containsExactly("A", "C");

    ClauseId clause = ClauseId.of("5.3.2");
    Attestation old = attestation(clause, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Attestation current = attestation(clause, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    Attestation other =
        attestation(ClauseId.of("5.3.3"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    CenterProfile attested = p.toBuilder().attestations(List.of(old, other, current)).build();
    assertThat(attested.attestations(clause)).containsExactly(old, current);
    assertThat(attested.attestation(clause, LocalDate.of(2024, 12, 31))).hasValue(old);
    assertThat(attested.attestation(clause, LocalDate.of(2025, 6, 30))).hasValue(current);
    assertThat(attested.attestation(clause, LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(attested.attestation(ClauseId.of("5.3.4"), LocalDate.of(2025, 6, 30))).isEmpty();
  }

  @Test
  @DisplayName("a profile rebuilt through its builder, field by field, is the same profile")
  void the_builder_keeps_every_field() {
    for (CenterProfile p :
        List.of(SampleCenters.tier1Conformant(), SampleCenters.tier2Conformant())) {
      assertThat(p.toBuilder().build()).isEqualTo(p);
      CenterProfile.Builder b =
          CenterProfile.builder(County.of("331121", "青田县"), Tier.TIER_2, BigDecimal.ONE)
              .county(p.county())
              .tier(p.tier())
              .totalFloorArea(p.totalFloorArea())
              .platforms(p.platforms())
              .managementBody(p.managementBody().orElseThrow())
              .designatedUnits(p.designatedUnits())
              .socialForces(p.socialForces())
              .staff(p.staff())
              .zones(p.zones())
              .facilities(p.facilities())
              .signs(p.signs())
              .windows(p.windows())
              .hardware(p.hardware())
              .management(p.management());
      p.units().forEach(b::addUnit);
      p.attestations().forEach(b::addAttestation);
      assertThat(b.build()).isEqualTo(p);
    }
  }

  @Test
  @DisplayName("an evidence reference does not start with a space; a sha256: one has 64 hex digits")
  void evidence_reference_form() {
    assertThat(EvidenceReference.of("档案室 2025-17 号").value()).isEqualTo("档案室 2025-17 号");
    assertThatThrownBy(() -> EvidenceReference.of(" 档案室"))
        .hasMessageContaining("must not start with a space");
    assertThatThrownBy(() -> EvidenceReference.of("sha256:" + "A".repeat(64)))
        .hasMessageContaining("64 lower-case hex digits");
    assertThat(EvidenceReference.of("sha256:" + "a".repeat(64)).value()).hasSize(71);
  }

  static Attestation attestation(ClauseId clause, LocalDate on, LocalDate until) {
    return new Attestation(
        clause, "督查组 王敏", on, EvidenceReference.of("照片 " + on), Optional.of(until), "现场核验");
  }
}
