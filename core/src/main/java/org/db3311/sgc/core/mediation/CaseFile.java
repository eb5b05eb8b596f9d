package org.db3311.sgc.core.mediation;

import java.util.List;
import java.util.Objects;

/**
 * The file handed to online litigation filing (网上诉讼立案) when mediation fails: the parties, the
 * claim, the session records and why mediation failed.
 */
public record CaseFile(
    String reference,
    List<String> parties,
    String description,
    List<MediationRecord> records,
    String failureReason) {

  public CaseFile {
    Objects.requireNonNull(reference, "reference");
    parties = List.copyOf(parties);
    records = List.copyOf(records);
    if (failureReason == null || failureReason.isBlank()) {
      throw new IllegalArgumentException("a case file states why mediation failed");
    }
  }
}
