package org.db3311.sgc.core.guidance;

/**
 * When supervision speaks: a reminder so many days before the due date, urging from the day after
 * it, escalation once so many days overdue. Calendar days; the deployment may set its own.
 */
public record SupervisionPolicy(int remindDaysBefore, int escalateDaysAfter) {
  public SupervisionPolicy {
    if (remindDaysBefore < 0 || escalateDaysAfter < 1) {
      throw new IllegalArgumentException(
          "reminder days are not negative, escalation days positive");
    }
  }

  public static SupervisionPolicy defaults() {
    return new SupervisionPolicy(3, 7);
  }
}
