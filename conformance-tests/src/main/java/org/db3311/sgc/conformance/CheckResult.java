package org.db3311.sgc.conformance;

import java.util.List;

/**
 * The outcome of one conformance check.
 *
 * @param id the check's stable id (file name of its evidence)
 * @param check the check's name
 * @param suite the suite (chapter group) it belongs to
 * @param clauses the clause and ruling ids the check verifies (empty for a prerequisite)
 * @param verdict the verdict
 * @param reason why, in one line (the failed expectation, the reason for a skip or an omission)
 * @param evidence what was observed, one line each
 * @param exchanges the HTTP exchanges, personal data redacted
 * @param millis how long the check took
 */
public record CheckResult(
    String id,
    String check,
    String suite,
    List<String> clauses,
    Verdict verdict,
    String reason,
    List<String> evidence,
    List<Exchange> exchanges,
    long millis) {
  public CheckResult {
    clauses = List.copyOf(clauses);
    evidence = List.copyOf(evidence);
    exchanges = List.copyOf(exchanges);
    reason = reason == null ? "" : reason;
  }

  public boolean passed() {
    return verdict == Verdict.PASS;
  }
}
