package org.db3311.sgc.core.intake;

import org.db3311.sgc.core.catalog.Implements;

/**
 * A refusal on the spot (当场告知): why the matter cannot be accepted and where the applicant should
 * take it instead.
 */
@Implements("6.1.1.1")
public record Refusal(String reason, String redirectTo) {

  public Refusal {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a refusal states its reason");
    }
    if (redirectTo == null || redirectTo.isBlank()) {
      throw new IllegalArgumentException("a refusal tells the applicant where to go instead");
    }
  }
}
