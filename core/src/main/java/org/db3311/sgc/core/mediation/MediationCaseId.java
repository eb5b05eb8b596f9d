package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * A mediation case: the n-th mediation attempt of a matter, e.g. {@code 331121-20261125-0007/M1}.
 */
public record MediationCaseId(RegistrationNumber matter, int attempt) {

  public MediationCaseId {
    Objects.requireNonNull(matter, "matter");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts are numbered from 1");
    }
  }

  public static MediationCaseId parse(String text) {
    int slash = text.lastIndexOf("/M");
    if (slash < 0) {
      throw new IllegalArgumentException("a mediation case reads <matter>/M<n>, not " + text);
    }
    return new MediationCaseId(
        RegistrationNumber.parse(text.substring(0, slash)),
        Integer.parseInt(text.substring(slash + 2)));
  }

  @Override
  public String toString() {
    return matter + "/M" + attempt;
  }
}
