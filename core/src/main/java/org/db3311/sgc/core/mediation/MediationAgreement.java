package org.db3311.sgc.core.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mediation agreement (调解协议书) with the contents the law asks for: the parties, the facts, the
 * matters in dispute and responsibility, each party's obligations with manner, place and time of
 * performance, and the signatures and seal. An oral agreement is allowed and recorded by the
 * mediator; a written one takes effect when the parties and mediator have signed and the committee
 * has sealed it.
 */
public record MediationAgreement(
    List<String> parties,
    String facts,
    String disputedMatters,
    String responsibility,
    List<Obligation> obligations,
    boolean oral,
    Set<String> signedBy,
    String mediator,
    boolean sealed,
    LocalDate effectiveOn) {

  public MediationAgreement {
    parties = List.copyOf(parties);
    obligations = List.copyOf(obligations);
    signedBy = Set.copyOf(signedBy);
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    if (parties.size() < 2) {
      throw new IllegalArgumentException("an agreement binds at least two parties");
    }
    for (String s : new String[] {facts, disputedMatters, responsibility, mediator}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(
            "an agreement states the facts, disputed matters, responsibility and mediator");
      }
    }
    if (obligations.isEmpty()) {
      throw new IllegalArgumentException("an agreement states the parties' obligations");
    }
    for (Obligation o : obligations) {
      if (!parties.contains(o.party())) {
        throw new IllegalArgumentException(o.party() + " is not a party to the agreement");
      }
    }
    if (!oral) {
      for (String p : parties) {
        if (!signedBy.contains(p)) {
          throw new IllegalArgumentException("a written agreement is signed by " + p);
        }
      }
      if (!signedBy.contains(mediator) || !sealed) {
        throw new IllegalArgumentException(
            "a written agreement is signed by the mediator and sealed by the committee");
      }
    }
  }

  /** One copy per party and one kept by the committee (written agreements). */
  public int copies() {
    return oral ? 0 : parties.size() + 1;
  }

  /** What one party undertakes, how, where and by when. */
  public record Obligation(
      String party, String content, String manner, String place, LocalDate due) {
    public Obligation {
      for (String s : new String[] {party, content, manner, place}) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException(
              "an obligation names the party, content, manner and place of performance");
        }
      }
      Objects.requireNonNull(due, "due");
    }
  }
}
