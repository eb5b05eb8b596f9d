package org.db3311.sgc.core.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.risk.report.ReportDossierId;
import org.db3311.sgc.core.risk.report.ReportDossierSnapshot;

/**
 * Groups the incoming ports of risk analysis and reports (6.4.1): daily collection, weekly and
 * monthly reports, a special report per major risk, revision and sign-off; {@link
 * RiskReportService} implements them all.
 */
public interface RiskReportUseCases extends ReviseReportUseCase {

  /** Collects a day (每日采集) and stores it. */
  DailyCollection collect(LocalDate day);

  /** The weekly report of the week holding the day: final once the week ended, interim before. */
  PeriodDraft draftWeekly(LocalDate anyDayOfWeek);

  /** The monthly report: final once the month ended, interim before. */
  PeriodDraft draftMonthly(YearMonth month);

  /** Drafts the special report of a major risk, unless it has one. */
  SpecialReportResult draftSpecial(MajorRisk risk);

  /**
   * A report dossier as stored now, with every version.
   *
   * @throws org.db3311.sgc.core.risk.report.ReportDossierNotFoundException when there is none
   */
  ReportDossierSnapshot dossier(ReportDossierId id);

  /**
   * Every report dossier, ordered by id, and each that could not be read: one unreadable dossier
   * never hides the others.
   */
  SweepResult<ReportDossierSnapshot> dossiers();

  /** What went wrong in the data while drafting, for the risk desk. */
  List<String> problems();
}
