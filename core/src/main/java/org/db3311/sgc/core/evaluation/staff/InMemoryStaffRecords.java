package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Staff records in memory, for tests and embedding. */
public final class InMemoryStaffRecords implements StaffRecords {
  private final List<AttendanceRecord> attendance = new ArrayList<>();
  private final List<ServiceQualityRecord> quality = new ArrayList<>();
  private final List<ConductCheck> conduct = new ArrayList<>();

  @Override
  public synchronized void add(AttendanceRecord record) {
    boolean twice =
        attendance.stream()
            .anyMatch(a -> a.staff().equals(record.staff()) && a.day().equals(record.day()));
    if (twice) {
      throw new IllegalStateException(
          "attendance of " + record.staff().id() + " on " + record.day() + " is already recorded");
    }
    attendance.add(record);
  }

  @Override
  public synchronized void add(ServiceQualityRecord record) {
    quality.add(record);
  }

  @Override
  public synchronized void add(ConductCheck check) {
    conduct.add(check);
  }

  @Override
  public synchronized List<AttendanceRecord> attendance(LocalDate from, LocalDate to) {
    return between(attendance, AttendanceRecord::day, from, to);
  }

  @Override
  public synchronized List<ServiceQualityRecord> quality(LocalDate from, LocalDate to) {
    return between(quality, ServiceQualityRecord::day, from, to);
  }

  @Override
  public synchronized List<ConductCheck> conduct(LocalDate from, LocalDate to) {
    return between(conduct, ConductCheck::day, from, to);
  }

  private static <T> List<T> between(
      List<T> all, Function<T, LocalDate> day, LocalDate from, LocalDate to) {
    return all.stream()
        .filter(t -> !day.apply(t).isBefore(from) && !day.apply(t).isAfter(to))
        .toList();
  }
}
