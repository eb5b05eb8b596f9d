package org.db3311.sgc.core.supervision;

/** The states of a supervision file, and the column of the unified view each falls in. */
public enum SupervisionState {
  /**
   * Not yet accepted: a supplement notice was issued and the applicant's clock runs (补正); shown
   * apart from the center's own work.
   */
  AWAITING_SUPPLEMENT(Column.APPLICANT),
  /** Not yet accepted: the applicant supplied what was asked; the intake decision is due. */
  AWAITING_DECISION(Column.PENDING),
  /** Never accepted: refused or withdrawn after a supplement notice; counted in no column. */
  NOT_ACCEPTED(Column.NOT_ACCEPTED),
  /** Accepted (受理) and at the center, on no handling track yet. */
  ACCEPTED(Column.PENDING),
  /** An accepted event at the center, waiting to be triaged. */
  UNTRIAGED(Column.PENDING),
  /** An accepted dispute at the center, waiting for the suitability assessment. */
  AWAITING_SUITABILITY(Column.PENDING),
  /** A dispute found suitable, waiting for every party's consent. */
  AWAITING_CONSENT(Column.PENDING),
  /** A dispute found unsuitable for mediation, waiting to be closed with that result. */
  UNSUITABLE(Column.PENDING),
  /** A dispute whose mediation a party declined, waiting to be closed with that result. */
  CONSENT_DECLINED(Column.PENDING),
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
    COMPLETED,
    /** Waiting on the applicant before acceptance: the applicant's clock, shown apart. */
    APPLICANT,
    /** Never accepted: in none of the view's columns. */
    NOT_ACCEPTED
  }

  /** The states of an accepted matter still at the center, before a unit was assigned. */
  public static final java.util.Set<SupervisionState> AT_CENTER =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.of(
              ACCEPTED,
              UNTRIAGED,
              AWAITING_SUITABILITY,
              AWAITING_CONSENT,
              UNSUITABLE,
              CONSENT_DECLINED));
}
