package org.db3311.sgc.core.supervision;

/** The states of a supervision file, and the column of the unified view each falls in. */
public enum SupervisionState {
  /** Assigned, waiting for the unit to sign for it. */
  ASSIGNED(Column.PENDING),
  /**
   * Declined by the unit it was assigned to, back at the center and waiting to be assigned again
   * (re-triage); counted pending under the center's unit.
   */
  AWAITING_TRIAGE(Column.PENDING),
  /** Signed for and being handled. */
  IN_PROGRESS(Column.PENDING),
  /** Waiting on the applicant: the clock stands still. */
  PAUSED(Column.PENDING),
  /** The unit reports it handled; waiting for completion and feedback. */
  HANDLED(Column.HANDLED),
  /** Completed (办结). */
  COMPLETED(Column.COMPLETED);

  private final Column column;

  SupervisionState(Column column) {
    this.column = column;
  }

  /** The column of the unified view (8.2.4: 待办 / 已办 / 完成). */
  public Column column() {
    return column;
  }

  /** The columns of the unified supervision view. */
  public enum Column {
    /** 待办. */
    PENDING,
    /** 已办. */
    HANDLED,
    /** 完成. */
    COMPLETED
  }
}
