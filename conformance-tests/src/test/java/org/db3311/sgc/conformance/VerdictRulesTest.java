package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Verdicts roll up by the kit's written rules; evidence is redacted")
class VerdictRulesTest {

  static final ClauseCatalog CATALOG = ClauseCatalog.standard();

  static CheckResult result(String id, List<String> clauses, Verdict v) {
    return new CheckResult(id, id, "s", clauses, v, "why", List.of(), List.of(), 1);
  }

  static ConformanceReport report(List<CheckResult> results) {
    CoverageMatrix m =
        CoverageMatrix.of(
            CATALOG,
            results.stream()
                .map(
                    r ->
                        (ConformanceCheck)
                            new ConformanceCheck() {
                              public String id() {
                                return r.id();
                              }

                              public String name() {
                                return r.id();
                              }

                              public String suite() {
                                return "s";
                              }

                              public List<String> clauses() {
                                return r.clauses();
                              }

                              public void run(Probe p) {}
                            })
                .toList());
    return new ConformanceReport(
        "t",
        "http://x",
        "331102",
        false,
        "a",
        "b",
        List.of(),
        results,
        List.of(),
        ConformanceReport.rollUp(CATALOG, m, results));
  }

  static Optional<Verdict> clause(ConformanceReport r, String id) {
    return r.clauses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().verdict();
  }

  @Test
  void all_pass_is_conformant_and_outside_software_clauses_are_omitted() {
    ConformanceReport r = report(List.of(result("a", List.of("6.1.1.1", "R7"), Verdict.PASS)));
    assertThat(r.overall()).isEqualTo(ConformanceReport.Overall.CONFORMANT);
    assertThat(clause(r, "R7")).contains(Verdict.PASS);
    assertThat(r.count(Verdict.OMIT)).isPositive();
    assertThat(r.unverified()).isPositive(); // the kit's gaps are shown, not claimed
  }

  @Test
  void the_worst_verdict_decides_a_clause_and_a_fail_is_non_conformant() {
    ConformanceReport r =
        report(
            List.of(
                result("a", List.of("6.1.1.1"), Verdict.PASS),
                result("b", List.of("6.1.1.1"), Verdict.FAIL),
                result("c", List.of("R7"), Verdict.SKIP)));
    assertThat(clause(r, "6.1.1.1")).contains(Verdict.FAIL);
    assertThat(r.overall()).isEqualTo(ConformanceReport.Overall.NON_CONFORMANT);
    assertThat(r.passed()).isFalse();
  }

  @Test
  void a_skip_or_an_error_blocks_a_pass_but_an_omit_does_not() {
    assertThat(report(List.of(result("a", List.of("R7"), Verdict.SKIP))).overall())
        .isEqualTo(ConformanceReport.Overall.INCOMPLETE);
    assertThat(report(List.of(result("a", List.of("R7"), Verdict.ERROR))).passed()).isFalse();
    ConformanceReport omitted = report(List.of(result("a", List.of("R7"), Verdict.OMIT)));
    assertThat(omitted.passed()).isTrue();
  }

  @Test
  void a_failed_should_clause_is_a_warning_and_still_passes() {
    // 4.1.3.3 is a SHOULD (宜) clause
    CheckResult failed =
        ConformanceReport.shouldRule(CATALOG, result("a", List.of("4.1.3.3"), Verdict.FAIL));
    assertThat(failed.verdict()).isEqualTo(Verdict.WARNING);
    ConformanceReport r = report(List.of(failed));
    assertThat(clause(r, "4.1.3.3")).contains(Verdict.WARNING);
    // a check that fails a SHALL clause too stays a failure
    assertThat(
            ConformanceReport.shouldRule(
                    CATALOG, result("b", List.of("4.1.3.3", "6.1.1.1"), Verdict.FAIL))
                .verdict())
        .isEqualTo(Verdict.FAIL);
    ConformanceReport w = report(List.of(result("a", List.of("4.1.3.3"), Verdict.WARNING)));
    assertThat(w.overall()).isEqualTo(ConformanceReport.Overall.CONFORMANT_WITH_OBSERVATIONS);
    assertThat(w.passed()).isTrue();
  }

  @Test
  void evidence_is_redacted() {
    Redaction r = new Redaction(Set.of("检查员甲"));
    String out =
        r.apply(
            "{\"name\":\"王五\",\"idNumber\":\"11010519491231002X\",\"masked\":\"110105********002X\","
                + "\"phone\":\"13812341234\",\"participants\":[\"赵六\",\"钱七\"],\"note\":\"检查员甲来访\"}");
    assertThat(out)
        .doesNotContain(
            "王五", "11010519491231002X", "110105********002X", "13812341234", "赵六", "检查员甲")
        .contains("[id-number]", "[phone]", "[name]");
  }
}
