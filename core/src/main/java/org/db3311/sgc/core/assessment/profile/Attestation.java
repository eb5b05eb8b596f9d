package org.db3311.sgc.core.assessment.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.ClauseId;

/**
 * A person's attestation (核验) that the center meets a clause software cannot measure, such as
 * conformity of signs to a GB standard (ruling R6), with the evidence behind it.
 *
 * @param clause the clause attested
 * @param attestedBy who attested, e.g. an inspector's name and organisation
 * @param attestedOn the day of the attestation
 * @param evidence where the evidence is kept
 * @param validUntil the last day the attestation may be relied on; empty for no end
 * @param statement what was attested, in the attester's words (may be empty)
 */
public record Attestation(
    ClauseId clause,
    String attestedBy,
    LocalDate attestedOn,
    EvidenceReference evidence,
    Optional<LocalDate> validUntil,
    String statement) {

  public Attestation {
    Objects.requireNonNull(clause, "attested clause");
    Checks.text(attestedBy, "attested by");
    Checks.day(attestedOn, "attested on");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(validUntil, "valid until");
    validUntil.ifPresent(u -> Checks.day(u, "attestation valid until"));
    Objects.requireNonNull(statement, "statement");
    if (validUntil.isPresent() && validUntil.get().isBefore(attestedOn)) {
      throw new IllegalArgumentException(
          "attestation of "
              + clause
              + " ends ("
              + validUntil.get()
              + ") before it was made ("
              + attestedOn
              + ")");
    }
  }

  /** Whether the attestation can be relied on on the given day: already made and not expired. */
  public boolean isValidOn(LocalDate day) {
    return !attestedOn.isAfter(day) && validUntil.map(u -> !day.isAfter(u)).orElse(true);
  }
}
