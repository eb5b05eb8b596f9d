package org.db3311.sgc.server.improvement;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveAction;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionSnapshot;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.improvement.RecheckResult;
import org.db3311.sgc.server.evaluation.PublicAccess;

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
    static CorrectionView of(CorrectiveAction.CorrectionReport r) {
      return new CorrectionView(r.at().toString(), r.by().name(), r.account());
    }
  }

  public record RecheckView(int round, String at, String by, boolean passed, String notes) {
    static RecheckView of(RecheckResult r) {
      return new RecheckView(r.round(), r.at().toString(), r.by().name(), r.passed(), r.notes());
    }
  }

  static CorrectiveActionView of(CorrectiveActionSnapshot s) {
    return new CorrectiveActionView(
        s.id().value(),
        new FindingView(
            s.finding().source().name(), s.finding().reference(), s.finding().description()),
        s.owner().value(),
        s.measure(),
        s.due().toString(),
        s.raisedAt().toString(),
        s.raisedBy().name(),
        s.state().name(),
        s.recheckDue().map(LocalDate::toString).orElse(null),
        s.corrections().stream().map(CorrectionView::of).toList(),
        s.rechecks().stream().map(RecheckView::of).toList());
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
      return new PublicRecheckView(
          p.actionId().value(),
          p.owner().value(),
          PublicAccess.text(p.finding()),
          PublicAccess.text(p.measure()),
          p.round(),
          p.passed(),
          PublicAccess.text(p.notes()),
          p.publishedAt().toString());
    }
  }
}
