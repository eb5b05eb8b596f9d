package org.db3311.sgc.core.onward;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.DeadlineRule;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.mediation.MediationCaseId;

/**
 * An onward referral as an immutable value.
 *
 * @param mediation the mediation case whose end the referral follows
 * @param rules the road's clocks as they stood when the referral was made: a later change of
 *     configuration does not move a running referral's deadlines
 * @param filingReference the courts' reference of an online filing (6.2.1.1.2)
 * @param bodyReference the receiving body's own case number, once it accepted
 */
public record OnwardReferralSnapshot(
    OnwardReferralId id,
    MediationCaseId mediation,
    String categoryCode,
    Road road,
    UnitId body,
    String bodyName,
    String reason,
    LocalDate referredOn,
    OnwardState state,
    Map<OnwardStep, DeadlineRule> rules,
    List<RoadClock> clocks,
    boolean simplified,
    Optional<String> filingReference,
    Optional<String> bodyReference,
    List<StepRecord> steps,
    Optional<String> notAcceptedReason,
    Optional<ReportBack> report) {

  public OnwardReferralSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mediation, "mediation");
    if (!mediation.matter().equals(id.matter())) {
      throw new IllegalArgumentException("a referral follows a mediation of its own matter");
    }
    Objects.requireNonNull(road, "road");
    Objects.requireNonNull(body, "body");
    for (String s : new String[] {categoryCode, bodyName, reason}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("a referral states its category, body and reason");
      }
    }
    Objects.requireNonNull(referredOn, "referredOn");
    Objects.requireNonNull(state, "state");
    rules = Map.copyOf(rules);
    clocks = List.copyOf(clocks);
    steps = List.copyOf(steps);
    for (Optional<?> o : List.of(filingReference, bodyReference, notAcceptedReason, report)) {
      Objects.requireNonNull(o);
    }
    if (state == OnwardState.REPORTED_BACK && report.isEmpty()) {
      throw new IllegalArgumentException("a referral reported back holds the report");
    }
    if (state == OnwardState.NOT_ACCEPTED && notAcceptedReason.isEmpty()) {
      throw new IllegalArgumentException("a referral not accepted holds the body's reason");
    }
  }
}
