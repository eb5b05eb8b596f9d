package org.db3311.sgc.server.warning;

import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.warning.WarningSnapshot;

/**
 * A warning (预警) as the API shows it: what it is about, its level (grade 1 red … 4 blue), the
 * reasons with the evidence behind each, the matters, the owning unit, its state and every step.
 * Subjects and evidence carry matter numbers and pseudonymous person keys, never a name.
 */
public record WarningView(
    String id,
    String county,
    String subjectKind,
    String subject,
    String owner,
    String raisedAt,
    String level,
    int grade,
    String state,
    List<ReasonView> reasons,
    List<String> matters,
    List<StepView> history) {

  /** Why a rule fired: the rule, its clause, the level it asks for, words and evidence. */
  public record ReasonView(
      String rule, String clause, String level, String explanation, Map<String, String> evidence) {}

  /** One step of the warning's history. */
  public record StepView(
      String action, String from, String to, String by, String at, String detail) {}

  /** A page of warnings, and each warning that could not be read. */
  public record Page(
      String county,
      List<WarningView> items,
      int page,
      int size,
      int total,
      boolean more,
      List<FailureView> failed) {}

  /** What a scan raised or changed, and each subject it could not handle. */
  public record ScanView(String county, List<WarningView> changed, List<FailureView> failed) {}

  /** One item a sweep or list could not handle, and why. */
  public record FailureView(String item, String reason) {
    static FailureView of(ItemFailure f) {
      return new FailureView(f.item(), f.reason());
    }
  }

  static WarningView of(String county, WarningSnapshot s) {
    return WarningViewMapper.INSTANCE.view(county, s);
  }
}
