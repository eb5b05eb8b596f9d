package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.County;
import org.db3311.sgc.core.assessment.profile.DivisionTable;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of 5.3.1 (外立面醒目位置悬挂有“××县（市、区）社会治理中心”字样的标牌以及“最多跑一地”标志图形): which signs count, what the
 * finding shows and says, and the wordings a table without the city or the province accepts.
 */
@DisplayName("5.3.1 the facade plate and logo — which signs count, facts, messages, partial tables")
class ExteriorSignEdgesTest {

  static final County LIANDU = County.of("331102", "莲都区");

  /** The 莲都区 sample with its facade plates, logos or both replaced by {@code signs}. */
  static CenterProfile withFacade(List<SignKind> dropped, Sign... signs) {
    List<Sign> kept = new ArrayList<>();
    for (Sign s : tier1Conformant().signs()) {
      if (!dropped.contains(s.kind())) {
        kept.add(s);
      }
    }
    kept.addAll(List.of(signs));
    return tier1Conformant().toBuilder().signs(kept).build();
  }

  static final List<SignKind> PLATES = List.of(SignKind.NAME_PLATE, SignKind.BRASS_PLATE);

  static Finding withTable(String csv, CenterProfile center) throws Exception {
    return CenterRules.standard(DivisionTable.fromCsv(new StringReader(csv)))
        .forClause("5.3.1")
        .orElseThrow()
        .check(center, ASSESSED_ON);
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a conforming finding shows the wording expected, the GB/T 2260 name, plate and logo")
  void conforming_facts_and_message() {
    Finding f = check("5.3.1", tier1Conformant());
    assertThat(f.verdict()).isEqualTo(Verdict.CONFORMS);
    // then the attestation the clause reads (R6)
    assertThat(f.facts())
        .startsWith(
            new Fact("expectedPlateText", "莲都区社会治理中心"),
            new Fact("gbt2260Name", "莲都区"),
            new Fact("facadePlate", "true"),
            new Fact("facadeLogo", "true"));
    assertThat(f.messageZh()).contains("外立面醒目位置悬挂“莲都区社会治理中心”标牌及“最多跑一地”标志图形");
    assertThat(f.messageEn())
        .contains(
            "the “莲都区社会治理中心” plate and the “at most one place” logo hang prominently on the"
                + " facade");
  }

  @Test
  @Implements("5.3.1")
  @DisplayName("a brass plate bearing the wording on the facade is a plate bearing it")
  void a_brass_plate_counts() {
    CenterProfile brass =
        withFacade(PLATES, Sign.of(SignKind.BRASS_PLATE, "莲都区社会治理中心", SignLocation.FACADE));
    assertThat(check("5.3.1", brass).verdict()).isEqualTo(Verdict.CONFORMS);
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "other facade plates are quoted in the message; a plate elsewhere is neither counted nor"
          + " quoted")
  void other_plates_are_quoted() {
    CenterProfile c =
        withFacade(
            PLATES,
            Sign.of(SignKind.NAME_PLATE, "莲都区矛调中心", SignLocation.FACADE),
            Sign.of(SignKind.BRASS_PLATE, "莲都区综治中心", SignLocation.FACADE),
            Sign.of(SignKind.NAME_PLATE, "莲都区社会治理中心", SignLocation.HALL));
    Finding f = check("5.3.1", c);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("外立面缺少“莲都区社会治理中心”字样的标牌（外立面标牌为“莲都区矛调中心”“莲都区综治中心”）");
    assertThat(f.messageEn())
        .isEqualTo(
            "no plate reading “莲都区社会治理中心” on the facade (the facade plate reads “莲都区矛调中心”,"
                + " “莲都区综治中心”)");
    assertThat(f.facts()).contains(new Fact("facadePlate", "false"));

    Finding none = check("5.3.1", withFacade(PLATES));
    assertThat(none.messageEn()).isEqualTo("no plate reading “莲都区社会治理中心” on the facade");
  }

  @Test
  @Implements("5.3.1")
  @DisplayName("the “最多跑一地” logo must be on the facade: one in the hall does not count")
  void the_logo_on_the_facade() {
    CenterProfile inHall =
        withFacade(
            List.of(SignKind.ONE_PLACE_LOGO),
            Sign.of(SignKind.ONE_PLACE_LOGO, "最多跑一地", SignLocation.HALL));
    Finding f = check("5.3.1", inHall);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("外立面缺少“最多跑一地”标志图形");
    assertThat(f.messageEn()).isEqualTo("no “at most one place” logo on the facade");
    assertThat(f.facts())
        .contains(new Fact("facadeLogo", "false"), new Fact("facadePlate", "true"));
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a county not in the table is named, and its plate is not judged on a guessed wording")
  void unknown_county_plate_not_judged() {
    CenterProfile c = tier1Conformant().toBuilder().county(County.of("331199", "某某县")).build();
    Finding f = check("5.3.1", c);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageEn())
        .isEqualTo(
            "the county's code and name do not agree with GB/T 2260: GB/T 2260 code 331199 is not in"
                + " the division table");
    assertThat(f.facts())
        .contains(
            new Fact("expectedPlateText", "331199社会治理中心"),
            new Fact("gbt2260Name", "not in the division table"));
  }

  @Test
  @Implements("5.3.1")
  @DisplayName(
      "a table without the city accepts the province before the wording, one without the province"
          + " the city, and neither accepts a name it does not list")
  void wordings_by_what_the_table_lists() throws Exception {
    String noCity = "330000,浙江省\n331102,莲都区\n";
    String noProvince = "331100,丽水市\n331102,莲都区\n";
    assertThat(withTable(noCity, plate("浙江省莲都区社会治理中心")).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(withTable(noCity, plate("莲都区社会治理中心")).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(withTable(noCity, plate("丽水市莲都区社会治理中心")).verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(withTable(noCity, plate("浙江省丽水市莲都区社会治理中心")).verdict())
        .isEqualTo(Verdict.NONCONFORMS);
    assertThat(withTable(noProvince, plate("丽水市莲都区社会治理中心")).verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(withTable(noProvince, plate("浙江省莲都区社会治理中心")).verdict())
        .isEqualTo(Verdict.NONCONFORMS);
    assertThat(withTable(noProvince, plate("浙江省丽水市莲都区社会治理中心")).verdict())
        .isEqualTo(Verdict.NONCONFORMS);
  }

  private static CenterProfile plate(String text) {
    return withFacade(PLATES, Sign.of(SignKind.NAME_PLATE, text, SignLocation.FACADE)).toBuilder()
        .county(LIANDU)
        .build();
  }
}
