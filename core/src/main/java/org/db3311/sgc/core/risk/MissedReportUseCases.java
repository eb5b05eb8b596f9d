package org.db3311.sgc.core.risk;

import java.util.List;

/**
 * Incoming port of the watch over the rhythm of 6.4.1 (每日采集汇总, 研判专报, 研判报告): a sweep sends one
 * supervision notice per report not made by its due date; {@link MissedReportMonitor} implements
 * it.
 */
public interface MissedReportUseCases {

  /** Notifies every report missed so far that was not notified before. */
  MissedReportMonitor.Sweep sweep();

  /** Every missed report a notice was sent for, oldest due date first. */
  List<MissedReport> notified();
}
