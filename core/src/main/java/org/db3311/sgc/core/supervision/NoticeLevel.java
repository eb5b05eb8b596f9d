package org.db3311.sgc.core.supervision;

/** How urgent a supervision notice (督办通知) is; later levels escalate earlier ones. */
public enum NoticeLevel {
  /** 临期提醒: the deadline is near. */
  REMINDER,
  /** 逾期督办: the deadline has passed. */
  OVERDUE,
  /** 升级督办: long overdue; the center's leadership is told as well. */
  ESCALATED
}
