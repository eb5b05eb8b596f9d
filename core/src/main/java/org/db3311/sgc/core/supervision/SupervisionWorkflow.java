package org.db3311.sgc.core.supervision;

import static org.db3311.sgc.core.supervision.SupervisionAction.COMPLETE;
import static org.db3311.sgc.core.supervision.SupervisionAction.CONCLUDE;
import static org.db3311.sgc.core.supervision.SupervisionAction.DECLINE;
import static org.db3311.sgc.core.supervision.SupervisionAction.EXTEND;
import static org.db3311.sgc.core.supervision.SupervisionAction.ISSUE_NOTICE;
import static org.db3311.sgc.core.supervision.SupervisionAction.PAUSE;
import static org.db3311.sgc.core.supervision.SupervisionAction.REASSIGN;
import static org.db3311.sgc.core.supervision.SupervisionAction.RECORD_REVIEW;
import static org.db3311.sgc.core.supervision.SupervisionAction.REOPEN;
import static org.db3311.sgc.core.supervision.SupervisionAction.REPORT_HANDLED;
import static org.db3311.sgc.core.supervision.SupervisionAction.RESUME;
import static org.db3311.sgc.core.supervision.SupervisionAction.RETURN;
import static org.db3311.sgc.core.supervision.SupervisionAction.SIGN_FOR;
import static org.db3311.sgc.core.supervision.SupervisionState.ASSIGNED;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_TRIAGE;
import static org.db3311.sgc.core.supervision.SupervisionState.COMPLETED;
import static org.db3311.sgc.core.supervision.SupervisionState.HANDLED;
import static org.db3311.sgc.core.supervision.SupervisionState.IN_PROGRESS;
import static org.db3311.sgc.core.supervision.SupervisionState.PAUSED;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/** The state machine of a supervision file (督办件). */
@Implements({"6.2.1.3", "8.2.4"})
public final class SupervisionWorkflow {

  public static final TransitionTable<SupervisionState, SupervisionAction> TABLE =
      TransitionTable.of("SupervisionFile", SupervisionState.class, SupervisionAction.class)
          .initial(ASSIGNED)
          .allow(ASSIGNED, SIGN_FOR, IN_PROGRESS)
          .allowFrom(EnumSet.of(ASSIGNED, IN_PROGRESS, AWAITING_TRIAGE), REASSIGN, ASSIGNED)
          .allow(ASSIGNED, DECLINE, AWAITING_TRIAGE)
          .allow(IN_PROGRESS, PAUSE, PAUSED)
          .allow(PAUSED, RESUME, IN_PROGRESS)
          .allow(IN_PROGRESS, EXTEND, IN_PROGRESS)
          .allow(PAUSED, EXTEND, PAUSED)
          .allow(HANDLED, EXTEND, HANDLED)
          .allow(IN_PROGRESS, REPORT_HANDLED, HANDLED)
          .allow(HANDLED, RETURN, IN_PROGRESS)
          .allow(HANDLED, COMPLETE, COMPLETED)
          .allow(COMPLETED, RECORD_REVIEW, COMPLETED)
          .allow(COMPLETED, REOPEN, IN_PROGRESS)
          .allow(ASSIGNED, ISSUE_NOTICE, ASSIGNED)
          .allow(AWAITING_TRIAGE, ISSUE_NOTICE, AWAITING_TRIAGE)
          .allow(IN_PROGRESS, ISSUE_NOTICE, IN_PROGRESS)
          .allow(HANDLED, ISSUE_NOTICE, HANDLED)
          .allow(COMPLETED, ISSUE_NOTICE, COMPLETED)
          .allowFrom(
              EnumSet.of(ASSIGNED, AWAITING_TRIAGE, IN_PROGRESS, PAUSED), CONCLUDE, COMPLETED)
          .allow(ASSIGNED, SupervisionAction.RECOMPUTE_DEADLINES, ASSIGNED)
          .allow(AWAITING_TRIAGE, SupervisionAction.RECOMPUTE_DEADLINES, AWAITING_TRIAGE)
          .allow(IN_PROGRESS, SupervisionAction.RECOMPUTE_DEADLINES, IN_PROGRESS)
          .allow(PAUSED, SupervisionAction.RECOMPUTE_DEADLINES, PAUSED)
          .allow(HANDLED, SupervisionAction.RECOMPUTE_DEADLINES, HANDLED)
          .allow(COMPLETED, SupervisionAction.RECOMPUTE_DEADLINES, COMPLETED)
          .build();

  private SupervisionWorkflow() {}
}
