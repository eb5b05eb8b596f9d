package org.db3311.sgc.core.guidance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervision notice (督办通知) about one assignee of a task: a reminder before the due date, an
 * urging once it passed, an escalation to the leadership when it is long overdue.
 *
 * @param workingDaysOverdue working days past the due date (0 before it)
 */
public record SupervisionNotice(
    GuidanceTaskId taskId,
    GrassrootsUnit unit,
    Level level,
    LocalDate due,
    LocalDate issuedOn,
    long workingDaysOverdue) {

  public enum Level {
    /** 提醒. */
    REMINDER,
    /** 催办. */
    URGING,
    /** 挂牌督办 to the leadership. */
    ESCALATION
  }

  public SupervisionNotice {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }
}
