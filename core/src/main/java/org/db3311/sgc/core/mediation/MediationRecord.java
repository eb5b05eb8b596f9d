package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of a mediation session (调解笔录): time, place, participants, the notices given, each
 * party's statement, the facts verified, the risk warning, and the signatures of the parties,
 * mediator and recorder.
 *
 * @param rightsExplained whether the parties were told their rights and duties (required)
 * @param statements each party's statement, by name
 */
public record MediationRecord(
    Instant heldAt,
    String place,
    String mediator,
    String recorder,
    List<String> participants,
    boolean rightsExplained,
    Map<String, String> statements,
    String factsVerified,
    String riskWarning,
    List<String> signatures) {

  public MediationRecord {
    Objects.requireNonNull(heldAt, "heldAt");
    for (String s : new String[] {place, mediator, recorder, factsVerified, riskWarning}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(
            "a mediation record states place, mediator, recorder, facts and risk warning");
      }
    }
    participants = List.copyOf(participants);
    statements = Map.copyOf(statements);
    signatures = List.copyOf(signatures);
    if (!rightsExplained) {
      throw new IllegalArgumentException(
          "the parties are told their rights and duties before mediation");
    }
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a record holds the parties' statements");
    }
    for (String who : List.of(mediator, recorder)) {
      if (!signatures.contains(who)) {
        throw new IllegalArgumentException("the record is signed by " + who);
      }
    }
    for (String party : statements.keySet()) {
      if (!signatures.contains(party)) {
        throw new IllegalArgumentException("the record is signed by the party " + party);
      }
    }
  }
}
