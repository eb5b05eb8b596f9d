package org.db3311.sgc.core.supervision;

import static org.db3311.sgc.core.supervision.SupervisionAction.ACCEPT;
import static org.db3311.sgc.core.supervision.SupervisionAction.COMPLETE;
import static org.db3311.sgc.core.supervision.SupervisionAction.CONCLUDE;
import static org.db3311.sgc.core.supervision.SupervisionAction.DECLINE;
import static org.db3311.sgc.core.supervision.SupervisionAction.EXTEND;
import static org.db3311.sgc.core.supervision.SupervisionAction.FIND_SUITABLE;
import static org.db3311.sgc.core.supervision.SupervisionAction.FIND_UNSUITABLE;
import static org.db3311.sgc.core.supervision.SupervisionAction.ISSUE_NOTICE;
import static org.db3311.sgc.core.supervision.SupervisionAction.NOT_ACCEPT;
import static org.db3311.sgc.core.supervision.SupervisionAction.OPEN_MEDIATION;
import static org.db3311.sgc.core.supervision.SupervisionAction.PAUSE;
import static org.db3311.sgc.core.supervision.SupervisionAction.REASSIGN;
import static org.db3311.sgc.core.supervision.SupervisionAction.RECEIVE_EVENT;
import static org.db3311.sgc.core.supervision.SupervisionAction.RECORD_REVIEW;
import static org.db3311.sgc.core.supervision.SupervisionAction.REFUSE_CONSENT;
import static org.db3311.sgc.core.supervision.SupervisionAction.REOPEN;
import static org.db3311.sgc.core.supervision.SupervisionAction.REPORT_HANDLED;
import static org.db3311.sgc.core.supervision.SupervisionAction.REQUEST_SUPPLEMENT;
import static org.db3311.sgc.core.supervision.SupervisionAction.RESUME;
import static org.db3311.sgc.core.supervision.SupervisionAction.RETURN;
import static org.db3311.sgc.core.supervision.SupervisionAction.SIGN_FOR;
import static org.db3311.sgc.core.supervision.SupervisionAction.SUPPLY_MATERIALS;
import static org.db3311.sgc.core.supervision.SupervisionState.ACCEPTED;
import static org.db3311.sgc.core.supervision.SupervisionState.ASSIGNED;
import static org.db3311.sgc.core.supervision.SupervisionState.AT_CENTER;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_CONSENT;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_DECISION;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_SUITABILITY;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_SUPPLEMENT;
import static org.db3311.sgc.core.supervision.SupervisionState.AWAITING_TRIAGE;
import static org.db3311.sgc.core.supervision.SupervisionState.COMPLETED;
import static org.db3311.sgc.core.supervision.SupervisionState.CONSENT_DECLINED;
import static org.db3311.sgc.core.supervision.SupervisionState.HANDLED;
import static org.db3311.sgc.core.supervision.SupervisionState.IN_PROGRESS;
import static org.db3311.sgc.core.supervision.SupervisionState.NOT_ACCEPTED;
import static org.db3311.sgc.core.supervision.SupervisionState.PAUSED;
import static org.db3311.sgc.core.supervision.SupervisionState.UNSUITABLE;
import static org.db3311.sgc.core.supervision.SupervisionState.UNTRIAGED;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * The state machine of a supervision file (督办件): from the supplement notice or the acceptance of a
 * matter, through its stages at the center (untriaged; awaiting suitability or consent; found
 * unsuitable or declined), to a unit and completion.
 */
@Implements({"6.2.1.3", "8.2.4"})
final class SupervisionWorkflow {

  static final TransitionTable<SupervisionState, SupervisionAction> TABLE =
      TransitionTable.of("SupervisionFile", SupervisionState.class, SupervisionAction.class)
          .initial(ASSIGNED)
          .initial(AWAITING_SUPPLEMENT)
          .initial(ACCEPTED)
          .allow(AWAITING_SUPPLEMENT, SUPPLY_MATERIALS, AWAITING_DECISION)
          .allow(AWAITING_DECISION, REQUEST_SUPPLEMENT, AWAITING_SUPPLEMENT)
          .allow(AWAITING_DECISION, ACCEPT, ACCEPTED)
          .allowFrom(EnumSet.of(AWAITING_SUPPLEMENT, AWAITING_DECISION), NOT_ACCEPT, NOT_ACCEPTED)
          .allow(ACCEPTED, RECEIVE_EVENT, UNTRIAGED)
          .allow(ACCEPTED, OPEN_MEDIATION, AWAITING_SUITABILITY)
          .allow(AWAITING_SUITABILITY, FIND_SUITABLE, AWAITING_CONSENT)
          .allow(AWAITING_SUITABILITY, FIND_UNSUITABLE, UNSUITABLE)
          .allow(AWAITING_CONSENT, REFUSE_CONSENT, CONSENT_DECLINED)
          .allowFrom(AT_CENTER, REASSIGN, ASSIGNED)
          .allowFrom(AT_CENTER, CONCLUDE, COMPLETED)
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
          .allow(ACCEPTED, ISSUE_NOTICE, ACCEPTED)
          .allow(UNTRIAGED, ISSUE_NOTICE, UNTRIAGED)
          .allow(AWAITING_SUITABILITY, ISSUE_NOTICE, AWAITING_SUITABILITY)
          .allow(AWAITING_CONSENT, ISSUE_NOTICE, AWAITING_CONSENT)
          .allow(UNSUITABLE, ISSUE_NOTICE, UNSUITABLE)
          .allow(CONSENT_DECLINED, ISSUE_NOTICE, CONSENT_DECLINED)
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
          .allow(ACCEPTED, SupervisionAction.RECOMPUTE_DEADLINES, ACCEPTED)
          .allow(UNTRIAGED, SupervisionAction.RECOMPUTE_DEADLINES, UNTRIAGED)
          .allow(AWAITING_SUITABILITY, SupervisionAction.RECOMPUTE_DEADLINES, AWAITING_SUITABILITY)
          .allow(AWAITING_CONSENT, SupervisionAction.RECOMPUTE_DEADLINES, AWAITING_CONSENT)
          .allow(UNSUITABLE, SupervisionAction.RECOMPUTE_DEADLINES, UNSUITABLE)
          .allow(CONSENT_DECLINED, SupervisionAction.RECOMPUTE_DEADLINES, CONSENT_DECLINED)
          .allow(ACCEPTED, SupervisionAction.FLAG, ACCEPTED)
          .allow(UNTRIAGED, SupervisionAction.FLAG, UNTRIAGED)
          .allow(AWAITING_TRIAGE, SupervisionAction.FLAG, AWAITING_TRIAGE)
          .allow(ASSIGNED, SupervisionAction.FLAG, ASSIGNED)
          .allow(IN_PROGRESS, SupervisionAction.FLAG, IN_PROGRESS)
          .allow(PAUSED, SupervisionAction.FLAG, PAUSED)
          .allow(HANDLED, SupervisionAction.FLAG, HANDLED)
          .build();

  private SupervisionWorkflow() {}
}
