package org.db3311.sgc.core.eventhandling;

import static org.db3311.sgc.core.eventhandling.EventAction.ARCHIVE;
import static org.db3311.sgc.core.eventhandling.EventAction.ASSIGN;
import static org.db3311.sgc.core.eventhandling.EventAction.CLOSE;
import static org.db3311.sgc.core.eventhandling.EventAction.DECLINE_ASSIGNMENT;
import static org.db3311.sgc.core.eventhandling.EventAction.ESCALATE_TO_DUTY_LEADER;
import static org.db3311.sgc.core.eventhandling.EventAction.ESCALATE_TO_FALLBACK_LEADER;
import static org.db3311.sgc.core.eventhandling.EventAction.RECORD_CITY_RESULT;
import static org.db3311.sgc.core.eventhandling.EventAction.REOPEN;
import static org.db3311.sgc.core.eventhandling.EventAction.REPORT_HANDLED;
import static org.db3311.sgc.core.eventhandling.EventAction.REPORT_RESULT;
import static org.db3311.sgc.core.eventhandling.EventAction.REPORT_TO_CITY;
import static org.db3311.sgc.core.eventhandling.EventAction.RETURN;
import static org.db3311.sgc.core.eventhandling.EventAction.REVIEW;
import static org.db3311.sgc.core.eventhandling.EventAction.SIGN_FOR;
import static org.db3311.sgc.core.eventhandling.EventAction.TRANSFER_TO_COUNTY;
import static org.db3311.sgc.core.eventhandling.EventState.ARCHIVED;
import static org.db3311.sgc.core.eventhandling.EventState.ASSIGNED;
import static org.db3311.sgc.core.eventhandling.EventState.CLOSED;
import static org.db3311.sgc.core.eventhandling.EventState.HANDLED;
import static org.db3311.sgc.core.eventhandling.EventState.IN_HANDLING;
import static org.db3311.sgc.core.eventhandling.EventState.LEADER_COORDINATING;
import static org.db3311.sgc.core.eventhandling.EventState.RECEIVED;
import static org.db3311.sgc.core.eventhandling.EventState.REPORTED_TO_CITY;
import static org.db3311.sgc.core.eventhandling.EventState.RESULT_REPORTED;
import static org.db3311.sgc.core.eventhandling.EventState.REVIEWED;
import static org.db3311.sgc.core.eventhandling.EventState.TRANSFERRED;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * The state machine of a social-governance event (6.3.1): archiving is reachable only through the
 * review and the result report (6.3.1.3). A reopened matter takes its event, even an archived one,
 * back into handling, so the new handling is again reviewed and reported before it is archived; a
 * transferred event (ruling R12) reopened comes back for triage.
 */
@Implements({"6.3.1.1", "6.3.1.2", "6.3.1.3", "8.2.3", "R12"})
final class EventWorkflow {

  static final TransitionTable<EventState, EventAction> TABLE =
      TransitionTable.of("GovernanceEvent", EventState.class, EventAction.class)
          .initial(RECEIVED)
          .allow(RECEIVED, ASSIGN, ASSIGNED)
          .allowFrom(EnumSet.of(RECEIVED, ASSIGNED), ESCALATE_TO_DUTY_LEADER, LEADER_COORDINATING)
          .allowFrom(
              EnumSet.of(RECEIVED, ASSIGNED), ESCALATE_TO_FALLBACK_LEADER, LEADER_COORDINATING)
          .allow(RECEIVED, REPORT_TO_CITY, REPORTED_TO_CITY)
          .allow(RECEIVED, TRANSFER_TO_COUNTY, TRANSFERRED)
          .allow(TRANSFERRED, REOPEN, RECEIVED)
          .allow(ASSIGNED, DECLINE_ASSIGNMENT, RECEIVED)
          .allowFrom(EnumSet.of(ASSIGNED, LEADER_COORDINATING), SIGN_FOR, IN_HANDLING)
          .allow(IN_HANDLING, REPORT_HANDLED, HANDLED)
          .allow(REPORTED_TO_CITY, RECORD_CITY_RESULT, HANDLED)
          .allow(HANDLED, RETURN, IN_HANDLING)
          .allow(HANDLED, CLOSE, CLOSED)
          .allow(CLOSED, REVIEW, REVIEWED)
          .allow(REVIEWED, REPORT_RESULT, RESULT_REPORTED)
          .allow(RESULT_REPORTED, ARCHIVE, ARCHIVED)
          .allowFrom(EnumSet.of(CLOSED, REVIEWED, RESULT_REPORTED, ARCHIVED), REOPEN, IN_HANDLING)
          .build();

  private EventWorkflow() {}
}
