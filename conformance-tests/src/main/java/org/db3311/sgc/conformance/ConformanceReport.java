package org.db3311.sgc.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;

/**
 * What the kit found: every check's result and one line per requirement clause and ruling, rolled
 * up to an overall verdict.
 *
 * <p>A clause checked by several checks takes the worst of their verdicts (FAIL over ERROR over
 * SKIP over WARNING over PASS over OMIT); a SHOULD or MAY clause that fails gets WARNING. A clause
 * verified outside software is OMIT with that reason; a clause the kit does not cover yet, or whose
 * suite was not selected, has no verdict and says so — the report states its coverage, never
 * claiming more than it checked.
 *
 * @param prerequisites the checks every run needs first (health, the published catalog)
 * @param checks the clause checks run (or skipped)
 * @param housekeeping the run's own clean-up
 */
public record ConformanceReport(
    String kitVersion,
    String target,
    String county,
    boolean tenant,
    String startedAt,
    String finishedAt,
    List<CheckResult> prerequisites,
    List<CheckResult> checks,
    List<CheckResult> housekeeping,
    List<ClauseLine> clauses) {

  /** The run's overall answer. */
  public enum Overall {
    /** Every clause checked passed or does not apply. */
    CONFORMANT,
    /** As conformant, with SHOULD clauses not met (warnings). */
    CONFORMANT_WITH_OBSERVATIONS,
    /** At least one clause failed. */
    NON_CONFORMANT,
    /**
     * Nothing failed, but a clause could not be verified (SKIP), the kit erred, or suites were left
     * out: no pass.
     */
    INCOMPLETE
  }

  /**
   * One clause's line.
   *
   * @param verdict empty when the clause was not checked in this run (see {@code note})
   */
  public record ClauseLine(
      String id,
      NormativeLevel level,
      Verification verification,
      Optional<Verdict> verdict,
      List<String> checks,
      String note) {}

  /** The note of a clause whose checks were not selected: a partial run never passes. */
  static final String NOT_IN_RUN = "not in this run";

  public ConformanceReport {
    prerequisites = List.copyOf(prerequisites);
    checks = List.copyOf(checks);
    housekeeping = List.copyOf(housekeeping);
    clauses = List.copyOf(clauses);
  }

  static List<ClauseLine> rollUp(
      ClauseCatalog catalog, CoverageMatrix matrix, List<CheckResult> results) {
    List<ClauseLine> lines = new ArrayList<>();
    for (CoverageMatrix.Row row : matrix.rows()) {
      List<CheckResult> mine =
          results.stream().filter(r -> r.clauses().contains(row.id())).toList();
      Optional<Verdict> verdict = Optional.empty();
      String note = row.reason();
      if (!mine.isEmpty()) {
        Verdict v = mine.get(0).verdict();
        for (CheckResult r : mine) {
          v = Verdict.worse(v, r.verdict());
        }
        if (v == Verdict.FAIL && !row.level().isMandatory() && !isRuling(row.id())) {
          v = Verdict.WARNING;
        }
        verdict = Optional.of(v);
        note = "";
      } else if (row.coverage() == CoverageMatrix.Coverage.OUTSIDE_SOFTWARE) {
        verdict = Optional.of(Verdict.OMIT);
      } else if (row.coverage() == CoverageMatrix.Coverage.CHECKED) {
        note = NOT_IN_RUN + " (suite not selected)";
      } else {
        note = "not covered by this kit version: " + row.reason();
      }
      lines.add(
          new ClauseLine(
              row.id(),
              row.level(),
              row.verification(),
              verdict,
              mine.stream().map(CheckResult::id).toList(),
              note));
    }
    return lines;
  }

  /**
   * A check that failed only SHOULD (宜) or MAY (可) clauses gives a WARNING, never a failure of the
   * run.
   */
  public static CheckResult shouldRule(ClauseCatalog catalog, CheckResult r) {
    if (r.verdict() != Verdict.FAIL || r.clauses().isEmpty()) {
      return r;
    }
    boolean onlyAdvisory =
        r.clauses().stream()
            .map(catalog::find)
            .allMatch(c -> c.isPresent() && !c.get().isRuling() && !c.get().level().isMandatory());
    return onlyAdvisory
        ? new CheckResult(
            r.id(),
            r.check(),
            r.suite(),
            r.clauses(),
            Verdict.WARNING,
            r.reason(),
            r.evidence(),
            r.exchanges(),
            r.millis())
        : r;
  }

  private static boolean isRuling(String id) {
    return id.startsWith("R");
  }

  /** Every result: prerequisites, checks, housekeeping. */
  public List<CheckResult> all() {
    List<CheckResult> all = new ArrayList<>(prerequisites);
    all.addAll(checks);
    all.addAll(housekeeping);
    return all;
  }

  public Overall overall() {
    List<Verdict> vs = new ArrayList<>();
    all().forEach(r -> vs.add(r.verdict()));
    clauses.forEach(c -> c.verdict().ifPresent(vs::add));
    if (vs.contains(Verdict.FAIL)) {
      return Overall.NON_CONFORMANT;
    }
    boolean partial = clauses.stream().anyMatch(c -> c.note().startsWith(NOT_IN_RUN));
    if (vs.contains(Verdict.SKIP) || vs.contains(Verdict.ERROR) || partial) {
      return Overall.INCOMPLETE;
    }
    if (vs.contains(Verdict.WARNING)) {
      return Overall.CONFORMANT_WITH_OBSERVATIONS;
    }
    return Overall.CONFORMANT;
  }

  /** True for an overall pass: conformant, with or without observations. */
  public boolean passed() {
    Overall o = overall();
    return o == Overall.CONFORMANT || o == Overall.CONFORMANT_WITH_OBSERVATIONS;
  }

  public long count(Verdict v) {
    return clauses.stream().filter(c -> c.verdict().equals(Optional.of(v))).count();
  }

  public long unverified() {
    return clauses.stream().filter(c -> c.verdict().isEmpty()).count();
  }

  /** The clause ids with verdict {@code v}. */
  public List<String> clausesWith(Verdict v) {
    return clauses.stream()
        .filter(c -> c.verdict().equals(Optional.of(v)))
        .map(ClauseLine::id)
        .toList();
  }

  /** A line of the summary, for the console. */
  public String summary() {
    return overall()
        + " — clauses: "
        + count(Verdict.PASS)
        + " pass, "
        + count(Verdict.FAIL)
        + " fail, "
        + count(Verdict.WARNING)
        + " warning, "
        + count(Verdict.SKIP)
        + " skip, "
        + count(Verdict.ERROR)
        + " error, "
        + count(Verdict.OMIT)
        + " omit, "
        + unverified()
        + " not verified by this run";
  }
}
