package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A mediation case as an immutable value. */
public record MediationSnapshot(
    MediationCaseId id,
    String categoryCode,
    List<String> parties,
    Instant openedAt,
    MediationState state,
    Optional<String> suitabilityNote,
    List<Consent> consents,
    Optional<RoutingDecision> routing,
    List<Session> sessions,
    List<MediationRecord> records,
    Optional<MediationAgreement> agreement,
    Optional<LocalDate> judicialConfirmationDue,
    Optional<String> failureReason,
    Optional<String> routesTold,
    Optional<String> filingReference,
    Optional<OnwardRouting> onward) {

  /** The snapshot as it was before onward routing, for callers built against that shape. */
  public MediationSnapshot(
      MediationCaseId id,
      String categoryCode,
      List<String> parties,
      Instant openedAt,
      MediationState state,
      Optional<String> suitabilityNote,
      List<Consent> consents,
      Optional<RoutingDecision> routing,
      List<Session> sessions,
      List<MediationRecord> records,
      Optional<MediationAgreement> agreement,
      Optional<LocalDate> judicialConfirmationDue,
      Optional<String> failureReason,
      Optional<String> routesTold,
      Optional<String> filingReference) {
    this(
        id,
        categoryCode,
        parties,
        openedAt,
        state,
        suitabilityNote,
        consents,
        routing,
        sessions,
        records,
        agreement,
        judicialConfirmationDue,
        failureReason,
        routesTold,
        filingReference,
        Optional.empty());
  }

  public MediationSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(categoryCode, "categoryCode");
    parties = List.copyOf(parties);
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(state, "state");
    consents = List.copyOf(consents);
    sessions = List.copyOf(sessions);
    records = List.copyOf(records);
    for (Optional<?> o :
        List.of(
            suitabilityNote,
            routing,
            agreement,
            judicialConfirmationDue,
            failureReason,
            routesTold,
            filingReference,
            onward)) {
      Objects.requireNonNull(o);
    }
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("a mediation has parties");
    }
    if (state == MediationState.AGREED && agreement.isEmpty()) {
      throw new IllegalArgumentException("an agreed mediation holds its agreement");
    }
    if (state == MediationState.ROUTED_ONWARD && onward.isEmpty()) {
      throw new IllegalArgumentException("a mediation routed onward holds its routing decision");
    }
    if (state == MediationState.ROUTED && routing.isEmpty()) {
      throw new IllegalArgumentException("a routed mediation holds its routing decision");
    }
  }
}
