package org.db3311.sgc.server.improvement;

import java.util.List;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.improvement.RecheckResult;

/** A corrective action (纠正措施, 9.3.1) as the API shows it to staff. */
public record CorrectiveActionView(
    String id,
    FindingView finding,
    String owner,
    String measure,
    String due,
    String raisedAt,
    String raisedBy,
    String state,
    String recheckDue,
    List<CorrectionView> corrections,
    List<RecheckView> rechecks) {

  public record FindingView(String source, String reference, String description) {}

  public record CorrectionView(String at, String by, String account) {
    static CorrectionView of(CorrectiveAction.CorrectionReport x) {
      return CorrectiveActionViewMapper.INSTANCE.view(x);
    }
  }

  public record RecheckView(int round, String at, String by, boolean passed, String notes) {
    static RecheckView of(RecheckResult x) {
      return CorrectiveActionViewMapper.INSTANCE.view(x);
    }
  }

  static CorrectiveActionView of(CorrectiveActionSnapshot s) {
    return CorrectiveActionViewMapper.INSTANCE.view(s);
  }

  /**
   * A re-check result as the public board shows it (实时公开和反馈复查验证信息, 9.3.3): no staff names, and
   * phone and identity numbers masked in the texts.
   */
  public record PublicRecheckView(
      String action,
      String owner,
      String finding,
      String measure,
      int round,
      boolean passed,
      String notes,
      String publishedAt) {
    static PublicRecheckView of(PublishedRecheck p) {
      return CorrectiveActionViewMapper.INSTANCE.view(p);
    }
  }
}
