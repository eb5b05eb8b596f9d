package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Objects;

/**
 * A party's answer to the offer of mediation.
 *
 * @param party the party's position in the matter's party list
 * @param informed whether the party was told the nature, principles and effect of mediation and
 *     their rights and duties before answering (人民调解工作若干规定 art 30)
 */
public record Consent(int party, String name, boolean agrees, boolean informed, Instant at) {

  public Consent {
    if (party < 0) {
      throw new IllegalArgumentException("party positions start at 0");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a consent names the party");
    }
    if (agrees && !informed) {
      throw new IllegalArgumentException(
          name + " must be told the nature and effect of mediation and their rights first");
    }
    Objects.requireNonNull(at, "at");
  }
}
