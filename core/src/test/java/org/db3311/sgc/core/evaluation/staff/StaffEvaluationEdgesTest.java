package org.db3311.sgc.core.evaluation.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the staff evaluation (9.2.1 应对人员考勤情况、服务质量及中心日常规范遵守情况等评价): whose records count, which
 * days, how the mean is rounded, and what a record must say.
 */
@Implements("9.2.1")
@DisplayName("9.2.1 人员评价 — spans, ordering, rounding and record invariants")
class StaffEvaluationEdgesTest {

  static final Actor WANG = Actor.of("s-017", "王敏");
  static final Actor LI = Actor.of("s-018", "李强");
  static final Actor ZHAO = Actor.of("s-019", "赵刚");
  static final LocalDate MON = LocalDate.of(2025, 3, 3);

  @Test
  @DisplayName(
      "the span includes its first and last day, for every kind of record, and nothing outside")
  void span_is_inclusive() {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    for (LocalDate d : List.of(MON.minusDays(1), MON, MON.plusDays(4), MON.plusDays(5))) {
      records.add(new AttendanceRecord(WANG, d, AttendanceStatus.PRESENT));
      records.add(new ServiceQualityRecord(WANG, d, QualitySource.PUBLIC_RATING, 4, "M-" + d));
      records.add(new ConductCheck(WANG, d, ConductRule.UNIFORM_AND_BADGE, true, ""));
    }

    assertThat(records.attendance(MON, MON.plusDays(4)))
        .extracting(AttendanceRecord::day)
        .containsExactly(MON, MON.plusDays(4));
    assertThat(records.quality(MON, MON.plusDays(4)))
        .extracting(ServiceQualityRecord::day)
        .containsExactly(MON, MON.plusDays(4));
    assertThat(records.conduct(MON, MON.plusDays(4)))
        .extracting(ConductCheck::day)
        .containsExactly(MON, MON.plusDays(4));
    StaffEvaluation wang = new StaffEvaluator(records).evaluate(MON, MON.plusDays(4)).getFirst();
    assertThat(wang.attendance()).isEqualTo(new Rate(2, 2));
    assertThat(wang.ratings()).isEqualTo(2);
    assertThat(wang.compliance()).isEqualTo(new Rate(2, 2));
  }

  @Test
  @DisplayName(
      "a member of staff found only in ratings or conduct checks has a line; lines are ordered by"
          + " staff number; each counts only their own records")
  void staff_from_every_record() {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    // found in the order attendance, ratings, conduct: the reverse of their staff numbers
    records.add(new AttendanceRecord(ZHAO, MON, AttendanceStatus.ABSENT));
    records.add(new ServiceQualityRecord(LI, MON, QualitySource.SUPERVISOR_CHECK, 3, "抽查-1"));
    records.add(new ConductCheck(WANG, MON, ConductRule.CONFIDENTIALITY, false, "泄露当事人电话"));

    List<StaffEvaluation> sheet = new StaffEvaluator(records).evaluate(MON, MON);

    assertThat(sheet).extracting(StaffEvaluation::staff).containsExactly(WANG, LI, ZHAO);
    StaffEvaluation wang = sheet.get(0);
    assertThat(wang.compliance()).isEqualTo(new Rate(0, 1));
    assertThat(wang.breaches()).extracting(ConductCheck::evidence).containsExactly("泄露当事人电话");
    assertThat(wang.ratings()).isZero();
    assertThat(wang.attendance()).isEqualTo(Rate.EMPTY);
    StaffEvaluation li = sheet.get(1);
    assertThat(li.attendance()).isEqualTo(Rate.EMPTY);
    assertThat(li.ratings()).isEqualTo(1);
    assertThat(li.averageScore()).contains(new BigDecimal("3.00"));
    assertThat(li.breaches()).isEmpty();
    StaffEvaluation zhao = sheet.get(2);
    assertThat(zhao.attendance()).isEqualTo(new Rate(0, 1));
    assertThat(zhao.punctuality()).isEqualTo(Rate.EMPTY);
    assertThat(zhao.ratings()).isZero();
    assertThat(zhao.averageScore()).isEmpty();
    assertThat(zhao.compliance()).isEqualTo(Rate.EMPTY);
  }

  @Test
  @DisplayName("breaches are listed by day, whatever order they were recorded in")
  void breaches_by_day() {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    records.add(new ConductCheck(WANG, MON.plusDays(2), ConductRule.QUEUE_BY_NUMBER, false, "跳号"));
    records.add(new ConductCheck(WANG, MON, ConductRule.UNIFORM_AND_BADGE, false, "未佩证"));
    records.add(new ConductCheck(WANG, MON.plusDays(1), ConductRule.UNIFORM_AND_BADGE, true, null));

    StaffEvaluation wang = new StaffEvaluator(records).evaluate(MON, MON.plusDays(2)).getFirst();

    assertThat(wang.breaches()).extracting(ConductCheck::day).containsExactly(MON, MON.plusDays(2));
    assertThat(wang.compliance()).isEqualTo(new Rate(1, 3));
  }

  @Test
  @DisplayName("the mean score is rounded half up to two decimals")
  void mean_rounds_half_up() {
    assertThat(StaffEvaluation.mean(14, 3)).contains(new BigDecimal("4.67"));
    assertThat(StaffEvaluation.mean(13, 3)).contains(new BigDecimal("4.33"));
    assertThat(StaffEvaluation.mean(9, 8)).contains(new BigDecimal("1.13"));
    assertThat(StaffEvaluation.mean(0, 0)).isEmpty();
  }

  @Test
  @DisplayName(
      "a compliant check needs no evidence; a breach does; scores run 1 to 5; a span does not end"
          + " before it starts")
  void record_invariants() {
    assertThat(new ConductCheck(WANG, MON, ConductRule.CONFIDENTIALITY, true, null).evidence())
        .isEmpty();
    assertThatThrownBy(() -> new ConductCheck(WANG, MON, ConductRule.CONFIDENTIALITY, false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence");
    assertThat(new ServiceQualityRecord(WANG, MON, QualitySource.PUBLIC_RATING, 1, "").score())
        .isEqualTo(1);
    assertThat(new ServiceQualityRecord(WANG, MON, QualitySource.PUBLIC_RATING, 5, "").score())
        .isEqualTo(5);
    assertThatThrownBy(
            () -> new ServiceQualityRecord(WANG, MON, QualitySource.PUBLIC_RATING, 0, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new StaffEvaluation(
                    WANG,
                    MON,
                    MON.minusDays(1),
                    Rate.EMPTY,
                    Rate.EMPTY,
                    0,
                    java.util.Optional.empty(),
                    Rate.EMPTY,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StaffEvaluator(new InMemoryStaffRecords()).evaluate(MON, MON)).isEmpty();
  }

  @Test
  @DisplayName("attendance is recorded once a day per member of staff; colleagues share days")
  void one_attendance_per_member_and_day() {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    records.add(new AttendanceRecord(WANG, MON, AttendanceStatus.PRESENT));
    records.add(new AttendanceRecord(LI, MON, AttendanceStatus.PRESENT));
    records.add(new AttendanceRecord(WANG, MON.plusDays(1), AttendanceStatus.PRESENT));

    assertThat(records.attendance(MON, MON.plusDays(1))).hasSize(3);
    assertThatThrownBy(() -> records.add(new AttendanceRecord(LI, MON, AttendanceStatus.LATE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("s-018");
  }

  @Property(tries = 200)
  @Label(
      "over any week: leave days change nothing; attended = scheduled − absences; on time ="
          + " present days")
  void attendance_rates(@ForAll @Size(min = 1, max = 7) List<AttendanceStatus> week) {
    InMemoryStaffRecords records = new InMemoryStaffRecords();
    InMemoryStaffRecords withoutLeave = new InMemoryStaffRecords();
    for (int i = 0; i < week.size(); i++) {
      records.add(new AttendanceRecord(WANG, MON.plusDays(i), week.get(i)));
      if (week.get(i) != AttendanceStatus.ON_LEAVE) {
        withoutLeave.add(new AttendanceRecord(WANG, MON.plusDays(i), week.get(i)));
      }
    }
    long leave = week.stream().filter(s -> s == AttendanceStatus.ON_LEAVE).count();
    long absent = week.stream().filter(s -> s == AttendanceStatus.ABSENT).count();
    long present = week.stream().filter(s -> s == AttendanceStatus.PRESENT).count();

    StaffEvaluation e = new StaffEvaluator(records).evaluate(MON, MON.plusDays(6)).getFirst();

    assertThat(e.attendance().denominator()).isEqualTo(week.size() - leave);
    assertThat(e.attendance().numerator()).isEqualTo(week.size() - leave - absent);
    assertThat(e.punctuality()).isEqualTo(new Rate(present, e.attendance().numerator()));
    if (leave < week.size()) {
      StaffEvaluation same =
          new StaffEvaluator(withoutLeave).evaluate(MON, MON.plusDays(6)).getFirst();
      assertThat(same.attendance()).isEqualTo(e.attendance());
      assertThat(same.punctuality()).isEqualTo(e.punctuality());
    }
  }
}
