package org.db3311.sgc.core.onward;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Outgoing port: where onward referrals are kept; saves honour the referral's version. */
public interface OnwardReferralRepository {

  void save(OnwardReferral referral);

  Optional<OnwardReferral> find(OnwardReferralId id);

  /** Every referral of a matter, first first. */
  List<OnwardReferral> ofMatter(RegistrationNumber matter);

  /** Every referral whose road has not ended, for the clock view. */
  List<OnwardReferral> open();
}
