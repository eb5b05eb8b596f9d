package org.db3311.sgc.conformance;

import java.util.List;

/**
 * The outcome of one conformance check.
 *
 * @param check the check's name
 * @param clauses the clause ids the check verifies (empty for a prerequisite of the kit itself)
 * @param passed whether the deployment behaved as the clauses require
 * @param evidence what was observed, one line each (requests made, values seen)
 */
public record CheckResult(
    String check, List<String> clauses, boolean passed, List<String> evidence) {
  public CheckResult {
    clauses = List.copyOf(clauses);
    evidence = List.copyOf(evidence);
  }
}
