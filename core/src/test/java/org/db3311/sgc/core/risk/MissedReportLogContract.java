package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.risk.report.ReportKind;
import org.junit.jupiter.api.Test;

/** What every {@link MissedReportLog} adapter must do; extend it once per adapter. */
@Implements({"6.4.1.1", "6.4.1.2", "6.4.1.3"})
public abstract class MissedReportLogContract {

  protected abstract MissedReportLog log();

  @Test
  void a_missed_report_is_recorded_once_by_kind_and_period() {
    MissedReportLog log = log();
    MissedReport week = new MissedReport(ReportKind.WEEKLY, "2026-W53", LocalDate.of(2027, 1, 5));
    assertThat(log.contains(week)).isFalse();
    assertThat(log.record(week)).isTrue();
    assertThat(
            log.record(new MissedReport(ReportKind.WEEKLY, "2026-W53", LocalDate.of(2027, 1, 6))))
        .as("the same kind and period, whatever the due date")
        .isFalse();
    assertThat(
            log.record(new MissedReport(ReportKind.MONTHLY, "2026-12", LocalDate.of(2027, 1, 5))))
        .isTrue();
    assertThat(log.contains(week)).isTrue();
    assertThat(log.all())
        .extracting(MissedReport::key)
        .containsExactly("WEEKLY:2026-W53", "MONTHLY:2026-12");
  }
}
