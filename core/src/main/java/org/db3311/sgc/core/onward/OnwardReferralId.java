package org.db3311.sgc.core.onward;

import java.util.Objects;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** An onward referral: the n-th referral of a matter, e.g. {@code 331121-20261125-0007/O1}. */
public record OnwardReferralId(RegistrationNumber matter, int number) {

  public OnwardReferralId {
    Objects.requireNonNull(matter, "matter");
    if (number < 1) {
      throw new IllegalArgumentException("referrals are numbered from 1");
    }
  }

  public static OnwardReferralId parse(String text) {
    int slash = text.lastIndexOf("/O");
    if (slash < 0) {
      throw new IllegalArgumentException("an onward referral reads <matter>/O<n>, not " + text);
    }
    return new OnwardReferralId(
        RegistrationNumber.parse(text.substring(0, slash)),
        Integer.parseInt(text.substring(slash + 2)));
  }

  @Override
  public String toString() {
    return matter + "/O" + number;
  }
}
