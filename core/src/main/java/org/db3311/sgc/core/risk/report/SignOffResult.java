package org.db3311.sgc.core.risk.report;

import java.util.List;

/** Signing off a report: done, or refused with every reason. */
public sealed interface SignOffResult {

  record SignedOff(ReportVersion version) implements SignOffResult {}

  record Refused(List<String> problems) implements SignOffResult {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }
}
