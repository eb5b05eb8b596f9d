package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * A social-governance event as an immutable value.
 *
 * @param round the handling round: 1 when received, one more each time the event is reopened, so a
 *     listener tells the closure, review, result report and archive of one round from another's
 * @param resultReference the reference the {@link ResultReporter} gave the latest result report
 * @param dutyFallback why the event went to a fallback leader, when no duty leader was found
 *     (6.3.1.2): a flag for the supervision view, which must show such an event
 * @param transferReference the receiving county center's reference, for an event transferred there
 *     (ruling R12)
 */
public record GovernanceEventSnapshot(
    RegistrationNumber matter,
    String title,
    String categoryCode,
    Place place,
    Instant receivedAt,
    int round,
    EventState state,
    Optional<EventScope> scope,
    List<UnitId> units,
    Optional<UnitId> lead,
    Optional<DutyLeader> dutyLeader,
    Optional<String> cityReference,
    List<String> handlingReports,
    Optional<EventReview> review,
    Optional<String> resultReport,
    Optional<String> resultReference,
    Optional<String> dutyFallback,
    Optional<String> transferReference) {

  public GovernanceEventSnapshot {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (round < 1) {
      throw new IllegalArgumentException("handling rounds are numbered from 1, not " + round);
    }
    Objects.requireNonNull(state, "state");
    units = List.copyOf(units);
    handlingReports = List.copyOf(handlingReports);
    for (Optional<?> o :
        List.of(
            scope,
            lead,
            dutyLeader,
            cityReference,
            review,
            resultReport,
            resultReference,
            dutyFallback,
            transferReference)) {
      Objects.requireNonNull(o);
    }
    if (state == EventState.LEADER_COORDINATING && dutyLeader.isEmpty()) {
      throw new IllegalArgumentException("a cross-boundary event names its duty leader");
    }
    if (dutyFallback.isPresent() && dutyLeader.isEmpty()) {
      throw new IllegalArgumentException("a fallback names the leader the event went to");
    }
    if (state == EventState.TRANSFERRED && transferReference.isEmpty()) {
      throw new IllegalArgumentException("a transferred event holds the receiving reference");
    }
    if (state == EventState.ARCHIVED
        && (review.isEmpty() || resultReport.isEmpty() || resultReference.isEmpty())) {
      throw new IllegalArgumentException("an archived event was reviewed and its result reported");
    }
  }

  /** True when the event went to a fallback leader because no duty leader was found. */
  public boolean ledByFallback() {
    return dutyFallback.isPresent();
  }
}
