package org.db3311.sgc.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;

/** What the kit found, clause by clause. */
public record ConformanceReport(
    String deployment,
    List<CheckResult> prerequisites,
    List<CheckResult> checks,
    List<ClauseStatus> clauses) {

  /** The kit's answer for one clause. */
  public enum Status {
    /** Every check of the clause passed. */
    PASSED,
    /** At least one check of the clause failed. */
    FAILED,
    /** The clause is verified by attestation or organisation, outside software. */
    OUTSIDE_SOFTWARE,
    /** The kit has no check for this clause yet. */
    NOT_CHECKED
  }

  /** One clause's line of the report. */
  public record ClauseStatus(
      String id, NormativeLevel level, Verification verification, Status status, List<String> by) {}

  public ConformanceReport {
    prerequisites = List.copyOf(prerequisites);
    checks = List.copyOf(checks);
    clauses = List.copyOf(clauses);
  }

  static ConformanceReport of(
      String deployment,
      ClauseCatalog catalog,
      List<CheckResult> prerequisites,
      List<CheckResult> clauseChecks) {
    Map<ClauseId, List<CheckResult>> byClause = new TreeMap<>();
    for (CheckResult r : clauseChecks) {
      for (String id : r.clauses()) {
        byClause.computeIfAbsent(ClauseId.of(id), k -> new ArrayList<>()).add(r);
      }
    }
    List<ClauseStatus> lines = new ArrayList<>();
    for (Clause c : catalog.where(c -> !c.isRuling() && isRequirement(c.level()))) {
      List<CheckResult> results = byClause.getOrDefault(c.id(), List.of());
      Status status;
      if (!results.isEmpty()) {
        status = results.stream().allMatch(CheckResult::passed) ? Status.PASSED : Status.FAILED;
      } else if (c.verification() == Verification.ATTESTATION
          || c.verification() == Verification.ORGANISATIONAL) {
        status = Status.OUTSIDE_SOFTWARE;
      } else {
        status = Status.NOT_CHECKED;
      }
      lines.add(
          new ClauseStatus(
              c.id().value(),
              c.level(),
              c.verification(),
              status,
              results.stream().map(CheckResult::check).toList()));
    }
    return new ConformanceReport(deployment, prerequisites, clauseChecks, lines);
  }

  private static boolean isRequirement(NormativeLevel level) {
    return level != NormativeLevel.HEADING && level != NormativeLevel.INFORMATIVE;
  }

  /** True when every prerequisite and every clause check passed. */
  public boolean passed() {
    return prerequisites.stream().allMatch(CheckResult::passed)
        && clauses.stream().noneMatch(c -> c.status() == Status.FAILED);
  }

  public long count(Status status) {
    return clauses.stream().filter(c -> c.status() == status).count();
  }

  /** The report as Markdown, for an inspector to read and file. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# DB3311 conformance report\n\n");
    md.append("Deployment: ").append(deployment).append("\n\n");
    md.append("Overall: ").append(passed() ? "PASSED" : "FAILED").append("\n\n");
    md.append("## Prerequisites\n\n");
    for (CheckResult r : prerequisites) {
      md.append("- ").append(r.passed() ? "✔ " : "✘ ").append(r.check()).append('\n');
      r.evidence().forEach(e -> md.append("  - ").append(e).append('\n'));
    }
    md.append("\n## Checks\n\n");
    for (CheckResult r : checks) {
      md.append("- ")
          .append(r.passed() ? "✔ " : "✘ ")
          .append(r.check())
          .append(" (")
          .append(String.join(", ", r.clauses()))
          .append(")\n");
      r.evidence().forEach(e -> md.append("  - ").append(e).append('\n'));
    }
    md.append("\n## Clauses\n\n");
    for (Status s : Status.values()) {
      md.append("- ").append(s).append(": ").append(count(s)).append('\n');
    }
    md.append("\n| clause | level | verification | status | checks |\n|---|---|---|---|---|\n");
    for (ClauseStatus c : clauses) {
      md.append("| ")
          .append(c.id())
          .append(" | ")
          .append(c.level())
          .append(" | ")
          .append(c.verification())
          .append(" | ")
          .append(c.status())
          .append(" | ")
          .append(String.join("<br>", c.by()))
          .append(" |\n");
    }
    return md.toString();
  }
}
