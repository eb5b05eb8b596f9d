package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.evaluation.Rate;

/**
 * Evaluates staff attendance, service quality and compliance with the center's daily rules over a
 * span of days (9.2.1), one line per member of staff found in any record.
 */
@Implements("9.2.1")
public final class StaffEvaluator implements StaffUseCases {

  private final StaffRecords records;

  public StaffEvaluator(StaffRecords records) {
    this.records = Objects.requireNonNull(records, "records");
  }

  @Override
  public void record(AttendanceRecord record) {
    records.add(record);
  }

  @Override
  public void record(ServiceQualityRecord record) {
    records.add(record);
  }

  @Override
  public void record(ConductCheck check) {
    records.add(check);
  }

  @Override
  public List<StaffEvaluation> evaluate(Span span) {
    return evaluate(span.from(), span.to());
  }

  public List<StaffEvaluation> evaluate(LocalDate from, LocalDate to) {
    List<AttendanceRecord> attendance = records.attendance(from, to);
    List<ServiceQualityRecord> quality = records.quality(from, to);
    List<ConductCheck> conduct = records.conduct(from, to);
    Set<Actor> staff = new LinkedHashSet<>();
    attendance.forEach(a -> staff.add(a.staff()));
    quality.forEach(q -> staff.add(q.staff()));
    conduct.forEach(c -> staff.add(c.staff()));
    List<StaffEvaluation> out = new ArrayList<>();
    for (Actor s : staff) {
      long scheduled = 0;
      long attended = 0;
      long onTime = 0;
      for (AttendanceRecord a : attendance) {
        if (!a.staff().equals(s) || a.status() == AttendanceStatus.ON_LEAVE) {
          continue;
        }
        scheduled++;
        if (a.status() != AttendanceStatus.ABSENT) {
          attended++;
        }
        if (a.status() == AttendanceStatus.PRESENT) {
          onTime++;
        }
      }
      int ratings = 0;
      long sum = 0;
      for (ServiceQualityRecord q : quality) {
        if (q.staff().equals(s)) {
          ratings++;
          sum += q.score();
        }
      }
      List<ConductCheck> mine = conduct.stream().filter(c -> c.staff().equals(s)).toList();
      List<ConductCheck> breaches =
          mine.stream()
              .filter(c -> !c.compliant())
              .sorted(Comparator.comparing(ConductCheck::day))
              .toList();
      out.add(
          new StaffEvaluation(
              s,
              from,
              to,
              new Rate(attended, scheduled),
              new Rate(onTime, attended),
              ratings,
              StaffEvaluation.mean(sum, ratings),
              new Rate(mine.size() - breaches.size(), mine.size()),
              breaches));
    }
    out.sort(Comparator.comparing(e -> e.staff().id()));
    return out;
  }
}
