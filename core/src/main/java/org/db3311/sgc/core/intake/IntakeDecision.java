package org.db3311.sgc.core.intake;

import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/** The outcome of an intake decision (6.1.1.1): every business outcome is a value. */
@Implements("6.1.1.1")
public sealed interface IntakeDecision {

  RegistrationNumber number();

  /** 当场受理: the conditions are met. */
  record Accepted(RegistrationNumber number) implements IntakeDecision {}

  /** 一次性告知: the applicant is told, once, everything to supplement. */
  record SupplementRequested(RegistrationNumber number, SupplementNotice notice)
      implements IntakeDecision {}

  /** 当场告知: not acceptable, with the reason and where to go. */
  record Refused(RegistrationNumber number, Refusal refusal) implements IntakeDecision {}

  /**
   * The clerk's review would have broken ruling R7 (it raised items the first notice should have
   * listed); nothing was issued and the matter is unchanged.
   */
  record ReviewRejected(RegistrationNumber number, List<SupplementItem> items, String reason)
      implements IntakeDecision {
    public ReviewRejected {
      items = List.copyOf(items);
    }
  }
}
