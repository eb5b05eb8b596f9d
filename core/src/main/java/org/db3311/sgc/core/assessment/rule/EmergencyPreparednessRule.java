package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 7.4.2.2 — an internal emergency plan, a 24-hour duty roster, and emergency-safety training held
 * regularly (at least once in the year up to the assessment day).
 */
@Implements("7.4.2.2")
final class EmergencyPreparednessRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean plan = center.management().emergencyPlan();
    boolean roster =
        center.management().regulations().contains(ManagementRegulation.DUTY_ROSTER_24H);
    Optional<LocalDate> training =
        Regularly.latestWithinYear(center.management().emergencySafetyTrainings(), assessedOn);
    Gaps gaps = new Gaps();
    if (!plan) {
      gaps.add("未制定内部应急安全预案", "no internal emergency plan");
    }
    if (!roster) {
      gaps.add("未建立24小时值班备勤制度", "no 24-hour duty roster");
    }
    if (training.isEmpty()) {
      gaps.add(
          "评估日前一年内没有应急安全培训教育", "no emergency-safety training in the year before the assessment");
    }
    return verdict(
        List.of(
            Fact.of("emergencyPlan", plan),
            Fact.of("dutyRoster24h", roster),
            Fact.of(
                "latestEmergencyTrainingWithinYear",
                training.map(LocalDate::toString).orElse("none"))),
        gaps,
        "已制定内部应急安全预案，建立24小时值班备勤制度，定期开展应急安全培训",
        "internal emergency plan, 24-hour duty roster and regular emergency training in place");
  }
}
