package org.db3311.sgc.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;

/**
 * Clause → checks, generated from the clause catalog and the checks' declarations. Every
 * requirement clause and ruling has a row: the checks verifying it, or why none does — outside
 * software (attestation: physical facts an inspector sees; organisational arrangements), or on the
 * reviewed list of clauses the kit does not cover yet ({@value #NOT_YET_COVERED}), which the build
 * pins so that it can only shrink.
 */
public record CoverageMatrix(List<Row> rows) {

  /** The reviewed list of software-verifiable clauses without a check yet: {@code id reason}. */
  public static final String NOT_YET_COVERED = "not-yet-covered.txt";

  /** How a clause stands in the kit. */
  public enum Coverage {
    /** At least one check verifies it. */
    CHECKED,
    /** Verified outside software: an attestation (physical) or an organisational arrangement. */
    OUTSIDE_SOFTWARE,
    /** Software-verifiable, not covered yet: on the reviewed list, with the reason. */
    NOT_YET_COVERED,
    /** Software-verifiable, no check and not on the list: the build fails on it. */
    UNCOVERED
  }

  /** One clause's row. */
  public record Row(
      String id,
      NormativeLevel level,
      Verification verification,
      Coverage coverage,
      List<String> checks,
      String reason) {}

  public CoverageMatrix {
    rows = List.copyOf(rows);
  }

  /** The requirement clauses and rulings of the catalog, each with its coverage. */
  public static CoverageMatrix of(ClauseCatalog catalog, List<ConformanceCheck> checks) {
    Map<String, String> notYet = notYetCovered();
    List<Row> rows = new ArrayList<>();
    for (Clause c : catalog.all()) {
      if (!isRequirement(c)) {
        continue;
      }
      String id = c.id().value();
      List<String> by =
          checks.stream().filter(k -> k.clauses().contains(id)).map(ConformanceCheck::id).toList();
      Coverage cov;
      String reason = "";
      if (!by.isEmpty()) {
        cov = Coverage.CHECKED;
      } else if (c.verification() == Verification.ATTESTATION) {
        cov = Coverage.OUTSIDE_SOFTWARE;
        reason = "attestation: a physical or documentary fact an inspector sees on site (R6, R11)";
      } else if (c.verification() == Verification.ORGANISATIONAL) {
        cov = Coverage.OUTSIDE_SOFTWARE;
        reason = "organisational: an arrangement the inspector checks outside the software";
      } else if (!requiresCheck(c)) {
        cov = Coverage.NOT_YET_COVERED;
        reason = c.level() + ": no check yet (the build requires checks of SHALL clauses only)";
      } else if (notYet.containsKey(id)) {
        cov = Coverage.NOT_YET_COVERED;
        reason = notYet.get(id);
      } else {
        cov = Coverage.UNCOVERED;
      }
      rows.add(new Row(id, c.level(), c.verification(), cov, by, reason));
    }
    return new CoverageMatrix(rows);
  }

  /** Requirement clauses (SHALL, SHALL NOT, SHOULD, MAY) and every ruling. */
  public static boolean isRequirement(Clause c) {
    return c.isRuling()
        || (c.level() != NormativeLevel.HEADING && c.level() != NormativeLevel.INFORMATIVE);
  }

  /** A software-verifiable SHALL clause or ruling: the build requires a check for it. */
  public static boolean requiresCheck(Clause c) {
    return (c.isRuling() || c.level().isMandatory())
        && (c.verification() == Verification.SOFTWARE_RULE
            || c.verification() == Verification.WORKFLOW_BEHAVIOUR);
  }

  public List<Row> with(Coverage coverage) {
    return rows.stream().filter(r -> r.coverage() == coverage).toList();
  }

  /** The reviewed list, id → reason, in file order. */
  public static Map<String, String> notYetCovered() {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = CoverageMatrix.class.getResourceAsStream(NOT_YET_COVERED)) {
      if (in == null) {
        throw new IllegalStateException(NOT_YET_COVERED + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] p = l.split("\\s+", 2);
        m.put(p[0], p.length > 1 ? p[1] : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** The matrix as Markdown. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# Conformance kit coverage matrix\n\n");
    for (Coverage c : Coverage.values()) {
      md.append("- ").append(c).append(": ").append(with(c).size()).append('\n');
    }
    md.append(
        "\n| clause | level | verification | coverage | checks / reason |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ")
          .append(r.id())
          .append(" | ")
          .append(r.level())
          .append(" | ")
          .append(r.verification())
          .append(" | ")
          .append(r.coverage())
          .append(" | ")
          .append(r.checks().isEmpty() ? r.reason() : String.join(", ", r.checks()))
          .append(" |\n");
    }
    return md.toString();
  }
}
