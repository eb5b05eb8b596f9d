package org.db3311.sgc.core.archive;

import java.util.List;
import java.util.Objects;

/**
 * What verification of a sealed file found: intact, or every place where stored hashes and content
 * disagree.
 */
public record VerificationReport(String subject, List<Problem> problems) {

  /**
   * @param location where: "header", "record 3", "seal", "ledger entry 7", "export"
   */
  public record Problem(String location, String message) {
    public Problem {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }
  }

  public VerificationReport {
    Objects.requireNonNull(subject, "subject");
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
