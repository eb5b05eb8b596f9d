package org.db3311.sgc.server.onward;

import java.util.List;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;

/** An onward referral (分流) as the API shows it: the road, the body, its clocks and steps. */
public record OnwardView(
    String id,
    String matter,
    String mediation,
    String category,
    String road,
    String roadName,
    String body,
    String bodyName,
    String reason,
    String referredOn,
    String state,
    boolean simplified,
    String filingReference,
    String bodyReference,
    List<ClockView> clocks,
    List<StepView> steps,
    String notAcceptedReason,
    ReportView report) {

  /** One statutory clock: the step it times, its rule and limit, when it started and stopped. */
  public record ClockView(
      String step, String rule, String limit, String basis, String start, String stoppedOn) {}

  public record StepView(String action, String on, String note) {}

  public record ReportView(String reportId, String on, String conclusion, boolean settled) {}

  static OnwardView of(OnwardReferralSnapshot s) {
    return OnwardViewMapper.INSTANCE.view(s);
  }
}
