package org.db3311.sgc.adapter.jpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ServiceQualityRecord;
import org.db3311.sgc.core.evaluation.staff.StaffRecords;

/**
 * The attendance, service-quality and conduct records of staff, in tables {@code staff_attendance},
 * {@code staff_service_quality} and {@code staff_conduct_check}: append only, read by period (both
 * days included), by day and then in recording order, from an index on the day. The unique key
 * {@code staff_attendance_once} keeps one attendance record per member of staff and day.
 */
public final class JpaStaffRecords implements StaffRecords {

  /** A period of attendance, read from the index {@code staff_attendance_day}. */
  static final String ATTENDANCE =
      "select document from staff_attendance where attendance_day between ? and ?"
          + " order by attendance_day, entry_no";

  /** A period of service quality, read from the index {@code staff_service_quality_day}. */
  static final String QUALITY =
      "select document from staff_service_quality where quality_day between ? and ?"
          + " order by quality_day, entry_no";

  /** A period of conduct checks, read from the index {@code staff_conduct_check_day}. */
  static final String CONDUCT =
      "select document from staff_conduct_check where check_day between ? and ?"
          + " order by check_day, entry_no";

  private final JpaUnitOfWork unitOfWork;

  public JpaStaffRecords(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(AttendanceRecord record) {
    String refused =
        "attendance of " + record.staff().id() + " on " + record.day() + " is already recorded";
    unitOfWork.run(
        () -> {
          boolean twice =
              !unitOfWork
                  .with(
                      em ->
                          Jpql.list(
                              em,
                              "select r.entry from AttendanceEntity r"
                                  + " where r.staffId = :staff and r.day = :day",
                              Long.class,
                              "staff",
                              record.staff().id(),
                              "day",
                              record.day()))
                  .isEmpty();
          if (twice) {
            throw new IllegalStateException(refused);
          }
          AttendanceEntity row = AnalysisMapper.INSTANCE.toEntity(record);
          row.document = SnapshotCodec.write(record);
          AppendRows.insert(unitOfWork, row, () -> new IllegalStateException(refused));
        });
  }

  @Override
  public void add(ServiceQualityRecord record) {
    ServiceQualityEntity row = AnalysisMapper.INSTANCE.toEntity(record);
    row.document = SnapshotCodec.write(record);
    AppendRows.insert(unitOfWork, row, IllegalStateException::new);
  }

  @Override
  public void add(ConductCheck check) {
    ConductCheckEntity row = AnalysisMapper.INSTANCE.toEntity(check);
    row.document = SnapshotCodec.write(check);
    AppendRows.insert(unitOfWork, row, IllegalStateException::new);
  }

  @Override
  public List<AttendanceRecord> attendance(LocalDate from, LocalDate to) {
    return between(ATTENDANCE, AttendanceRecord.class, from, to);
  }

  @Override
  public List<ServiceQualityRecord> quality(LocalDate from, LocalDate to) {
    return between(QUALITY, ServiceQualityRecord.class, from, to);
  }

  @Override
  public List<ConductCheck> conduct(LocalDate from, LocalDate to) {
    return between(CONDUCT, ConductCheck.class, from, to);
  }

  private <R extends Record> List<R> between(
      String sql, Class<R> type, LocalDate from, LocalDate to) {
    List<String> documents = unitOfWork.with(em -> Jpql.sql(em, sql, from, to));
    return documents.stream().map(d -> SnapshotCodec.read(d, type)).toList();
  }
}
