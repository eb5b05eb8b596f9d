package org.db3311.sgc.core.onward;

import org.db3311.sgc.core.common.NotFoundException;

/** No onward referral has the id. */
public final class OnwardReferralNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public OnwardReferralNotFoundException(OnwardReferralId id) {
    super("OnwardReferral", id.toString(), "no onward referral " + id);
  }
}
