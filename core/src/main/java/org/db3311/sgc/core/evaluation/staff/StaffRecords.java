package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.List;

/** Outgoing port: the attendance, service-quality and conduct records of staff. */
public interface StaffRecords {

  void add(AttendanceRecord record);

  void add(ServiceQualityRecord record);

  void add(ConductCheck check);

  List<AttendanceRecord> attendance(LocalDate from, LocalDate to);

  List<ServiceQualityRecord> quality(LocalDate from, LocalDate to);

  List<ConductCheck> conduct(LocalDate from, LocalDate to);
}
