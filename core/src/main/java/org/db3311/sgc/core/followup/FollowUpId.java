package org.db3311.sgc.core.followup;

import java.util.Objects;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** The follow-up of the n-th closure of a matter, e.g. {@code 331121-20261125-0007/F1}. */
public record FollowUpId(RegistrationNumber matter, int round) {

  public FollowUpId {
    Objects.requireNonNull(matter, "matter");
    if (round < 1) {
      throw new IllegalArgumentException("rounds are numbered from 1");
    }
  }

  @Override
  public String toString() {
    return matter + "/F" + round;
  }
}
