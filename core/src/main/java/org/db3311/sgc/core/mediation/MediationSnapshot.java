package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A mediation case as an immutable value.
 *
 * @param judicialConfirmationProvisional whether {@code judicialConfirmationDue} was counted on a
 *     year the calendar held only provisionally (ruling R10): it is shown as such (暂定) and
 *     recounted, never earlier, once the official arrangement is loaded
 */
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
    Optional<OnwardRouting> onward,
    boolean judicialConfirmationProvisional) {

  /**
   * The snapshot as it was before the confirmation due date said whether it is provisional, for
   * callers and stored snapshots of that shape: the date reads as official.
   */
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
      Optional<String> filingReference,
      Optional<OnwardRouting> onward) {
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
        onward,
        false);
  }

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
    if (judicialConfirmationProvisional && judicialConfirmationDue.isEmpty()) {
      throw new IllegalArgumentException("only a confirmation due date can be provisional");
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

  /**
   * The last day to apply jointly for judicial confirmation, with whether it is provisional: what
   * views and notices show ({@link DueDate#display()}).
   */
  @Implements("R10")
  public Optional<DueDate> judicialConfirmation() {
    return judicialConfirmationDue.map(d -> new DueDate(d, judicialConfirmationProvisional));
  }
}
