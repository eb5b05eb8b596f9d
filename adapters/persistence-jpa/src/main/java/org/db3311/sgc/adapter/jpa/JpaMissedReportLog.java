package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.risk.MissedReport;
import org.db3311.sgc.core.risk.MissedReportLog;

/**
 * The missed reports a supervision notice was sent for (6.4.1), in table {@code missed_report}, in
 * the caller's unit of work. The unique key {@code missed_report_period (report_kind, period)} lets
 * a kind and period be recorded once whatever two writers do: the second of two concurrent first
 * records fails (its notice is not sent twice) rather than reading false.
 */
public final class JpaMissedReportLog implements MissedReportLog {

  private final JpaUnitOfWork unitOfWork;

  public JpaMissedReportLog(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public boolean record(MissedReport missed) {
    return unitOfWork.inTransaction(
        () -> {
          if (contains(missed)) {
            return false;
          }
          MissedReportEntity row = AnalysisMapper.INSTANCE.toEntity(missed);
          row.document = SnapshotCodec.write(missed);
          AppendRows.insert(
              unitOfWork,
              row,
              () ->
                  new IllegalStateException(
                      "missed report " + missed.key() + " was recorded meanwhile"));
          return true;
        });
  }

  @Override
  public boolean contains(MissedReport missed) {
    return unitOfWork.with(
        em ->
            !Jpql.list(
                    em,
                    "select r.entry from MissedReportEntity r"
                        + " where r.kind = :kind and r.period = :period",
                    Long.class,
                    "kind",
                    missed.kind().name(),
                    "period",
                    missed.period())
                .isEmpty());
  }

  @Override
  public List<MissedReport> all() {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from MissedReportEntity r order by r.entry",
                    String.class)
                .stream()
                .map(d -> SnapshotCodec.read(d, MissedReport.class))
                .toList());
  }
}
