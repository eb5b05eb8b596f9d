package org.db3311.sgc.core.evaluation.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("9.2.1")
@DisplayName("9.2.1 应对人员考勤情况、服务质量及中心日常规范遵守情况等评价")
class StaffEvaluatorTest {

  static final Actor WANG = Actor.of("s-017", "王敏");
  static final Actor LI = Actor.of("s-018", "李强");
  static final LocalDate MON = LocalDate.of(2025, 3, 3);

  @Test
  @DisplayName("attendance, punctuality, service quality and compliance per member of staff")
  void evaluates_each_member() {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    records.add(new AttendanceRecord(WANG, MON, AttendanceStatus.PRESENT));
    records.add(new AttendanceRecord(WANG, MON.plusDays(1), AttendanceStatus.LATE));
    records.add(new AttendanceRecord(WANG, MON.plusDays(2), AttendanceStatus.ABSENT));
    records.add(new AttendanceRecord(WANG, MON.plusDays(3), AttendanceStatus.ON_LEAVE));
    records.add(new AttendanceRecord(WANG, MON.plusDays(4), AttendanceStatus.PRESENT));
    records.add(new ServiceQualityRecord(WANG, MON, QualitySource.PUBLIC_RATING, 5, "M1"));
    records.add(new ServiceQualityRecord(WANG, MON, QualitySource.MYSTERY_VISIT, 4, "V-3"));
    records.add(new ConductCheck(WANG, MON, ConductRule.UNIFORM_AND_BADGE, true, ""));
    ConductCheck breach =
        new ConductCheck(
            WANG, MON.plusDays(1), ConductRule.QUEUE_BY_NUMBER, false, "叫号跳号 photo#12");
    records.add(breach);
    records.add(new AttendanceRecord(LI, MON, AttendanceStatus.PRESENT));
    records.add(new AttendanceRecord(LI, MON.plusDays(10), AttendanceStatus.ABSENT));

    List<StaffEvaluation> sheet = new StaffEvaluator(records).evaluate(MON, MON.plusDays(4));

    assertThat(sheet).extracting(StaffEvaluation::staff).containsExactly(WANG, LI);
    StaffEvaluation wang = sheet.get(0);
    assertThat(wang.attendance()).isEqualTo(new Rate(3, 4));
    assertThat(wang.punctuality()).isEqualTo(new Rate(2, 3));
    assertThat(wang.averageScore()).contains(new BigDecimal("4.50"));
    assertThat(wang.compliance()).isEqualTo(new Rate(1, 2));
    assertThat(wang.breaches()).containsExactly(breach);
    StaffEvaluation li = sheet.get(1);
    assertThat(li.attendance()).as("the absence falls outside the span").isEqualTo(new Rate(1, 1));
    assertThat(li.averageScore()).isEqualTo(Optional.empty());
  }

  @Test
  @DisplayName("a breach needs evidence; a day's attendance is recorded once")
  void record_invariants() {
    assertThatThrownBy(() -> new ConductCheck(WANG, MON, ConductRule.CONFIDENTIALITY, false, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ServiceQualityRecord(WANG, MON, QualitySource.PUBLIC_RATING, 6, ""))
        .isInstanceOf(IllegalArgumentException.class);
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    records.add(new AttendanceRecord(WANG, MON, AttendanceStatus.PRESENT));
    assertThatThrownBy(() -> records.add(new AttendanceRecord(WANG, MON, AttendanceStatus.LATE)))
        .isInstanceOf(IllegalStateException.class);
  }
}
