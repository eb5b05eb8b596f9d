package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.staff.AttendanceRecord;
import org.db3311.sgc.core.evaluation.staff.AttendanceStatus;
import org.db3311.sgc.core.evaluation.staff.ConductCheck;
import org.db3311.sgc.core.evaluation.staff.ConductRule;
import org.db3311.sgc.core.evaluation.staff.QualitySource;
import org.db3311.sgc.core.evaluation.staff.ServiceQualityRecord;
import org.db3311.sgc.core.evaluation.staff.StaffRecords;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaStaffRecords} must do (core has no contract for {@link StaffRecords}): keep each
 * record as recorded, read a period with both days included across the turn of the year, and keep
 * one attendance record per member of staff and day.
 */
abstract class StaffRecordsChecks {

  private static final Actor LI = Actor.of("s-11", "李窗口");
  private static final Actor WANG = Actor.of("s-12", "王窗口");
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate JAN_2 = LocalDate.of(2027, 1, 2);

  /** The store of the test class, open for its tests. */
  protected abstract StoreFixture fixture();

  private StaffRecords fresh() {
    fixture().clear("staff_attendance");
    fixture().clear("staff_service_quality");
    fixture().clear("staff_conduct_check");
    return new JpaStaffRecords(fixture().store);
  }

  @Test
  void records_read_back_by_period_with_both_days_included() {
    StaffRecords records = fresh();
    AttendanceRecord a1 = new AttendanceRecord(LI, DEC_31, AttendanceStatus.PRESENT);
    AttendanceRecord a2 = new AttendanceRecord(WANG, JAN_1, AttendanceStatus.LATE);
    AttendanceRecord a3 = new AttendanceRecord(LI, JAN_2, AttendanceStatus.ON_LEAVE);
    records.add(a1);
    records.add(a2);
    records.add(a3);
    ServiceQualityRecord q =
        new ServiceQualityRecord(LI, JAN_1, QualitySource.PUBLIC_RATING, 5, "评价器 #3");
    records.add(q);
    ConductCheck c = new ConductCheck(WANG, DEC_31, ConductRule.UNIFORM_AND_BADGE, false, "未佩戴工作证");
    records.add(c);

    assertThat(records.attendance(DEC_31, JAN_1)).containsExactly(a1, a2);
    assertThat(records.attendance(JAN_1, JAN_2)).containsExactly(a2, a3);
    assertThat(records.quality(DEC_31, JAN_1)).containsExactly(q);
    assertThat(records.quality(JAN_2, JAN_2)).isEmpty();
    assertThat(records.conduct(DEC_31, DEC_31)).containsExactly(c);
    assertThat(records.conduct(JAN_1, JAN_2)).isEmpty();
  }

  @Test
  void attendance_is_recorded_once_per_person_and_day_and_a_refusal_writes_nothing() {
    StaffRecords records = fresh();
    records.add(new AttendanceRecord(LI, JAN_1, AttendanceStatus.PRESENT));
    assertThatThrownBy(() -> records.add(new AttendanceRecord(LI, JAN_1, AttendanceStatus.ABSENT)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("s-11");
    records.add(new AttendanceRecord(WANG, JAN_1, AttendanceStatus.ABSENT));
    assertThat(records.attendance(JAN_1, JAN_1))
        .extracting(AttendanceRecord::status)
        .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
  }

  @Test
  void the_database_refuses_a_second_attendance_the_check_did_not_see() {
    fresh().add(new AttendanceRecord(LI, JAN_1, AttendanceStatus.PRESENT));
    AttendanceEntity twin =
        AnalysisMapper.INSTANCE.toEntity(new AttendanceRecord(LI, JAN_1, AttendanceStatus.LATE));
    twin.document = "{}";
    assertThatThrownBy(
            () ->
                AppendRows.insert(
                    fixture().store.unitOfWork(), twin, () -> new IllegalStateException("refused")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused");
  }
}
