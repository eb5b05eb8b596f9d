package org.db3311.sgc.core.calendar;

/** How a time limit counts its days. */
public enum DayUnit {
  /** 工作日: only working days of the calendar count. */
  WORKING_DAYS,
  /** 日: every day counts; a period ending on a day off ends on the next working day. */
  CALENDAR_DAYS,
  /** 月: ends on the matching day of the month (or its last day); rolled past days off. */
  MONTHS
}
