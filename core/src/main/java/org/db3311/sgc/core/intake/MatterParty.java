package org.db3311.sgc.core.intake;

import java.util.Objects;

/** A party in its role in one matter. */
public record MatterParty(PartyRole role, Party party) {

  public MatterParty {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(party, "party");
  }

  public static MatterParty applicant(Party party) {
    return new MatterParty(PartyRole.APPLICANT, party);
  }

  public static MatterParty respondent(Party party) {
    return new MatterParty(PartyRole.RESPONDENT, party);
  }
}
