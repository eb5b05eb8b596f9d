package org.db3311.sgc.core.mediation;

import static org.db3311.sgc.core.mediation.MediationAction.ASSESS_SUITABLE;
import static org.db3311.sgc.core.mediation.MediationAction.ASSESS_UNSUITABLE;
import static org.db3311.sgc.core.mediation.MediationAction.CLOSE;
import static org.db3311.sgc.core.mediation.MediationAction.CONSENT_COMPLETE;
import static org.db3311.sgc.core.mediation.MediationAction.DECLINE;
import static org.db3311.sgc.core.mediation.MediationAction.FAIL;
import static org.db3311.sgc.core.mediation.MediationAction.HOLD_SESSION;
import static org.db3311.sgc.core.mediation.MediationAction.REACH_AGREEMENT;
import static org.db3311.sgc.core.mediation.MediationAction.RECORD_CONSENT;
import static org.db3311.sgc.core.mediation.MediationAction.REFER_TO_LITIGATION;
import static org.db3311.sgc.core.mediation.MediationAction.ROUTE;
import static org.db3311.sgc.core.mediation.MediationAction.ROUTE_ONWARD;
import static org.db3311.sgc.core.mediation.MediationAction.SCHEDULE_OFFLINE;
import static org.db3311.sgc.core.mediation.MediationAction.SCHEDULE_ONLINE;
import static org.db3311.sgc.core.mediation.MediationState.AGREED;
import static org.db3311.sgc.core.mediation.MediationState.AWAITING_CONSENT;
import static org.db3311.sgc.core.mediation.MediationState.CLOSED;
import static org.db3311.sgc.core.mediation.MediationState.CONSENTED;
import static org.db3311.sgc.core.mediation.MediationState.DECLINED;
import static org.db3311.sgc.core.mediation.MediationState.FAILED;
import static org.db3311.sgc.core.mediation.MediationState.IN_SESSION;
import static org.db3311.sgc.core.mediation.MediationState.OPENED;
import static org.db3311.sgc.core.mediation.MediationState.REFERRED_TO_LITIGATION;
import static org.db3311.sgc.core.mediation.MediationState.ROUTED;
import static org.db3311.sgc.core.mediation.MediationState.ROUTED_ONWARD;
import static org.db3311.sgc.core.mediation.MediationState.SCHEDULED;
import static org.db3311.sgc.core.mediation.MediationState.UNSUITABLE;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * The state machine of a mediation case (6.2.1.1), with the onward road when it ends unresolved
 * (6.2).
 */
@Implements({"6.2", "6.2.1.1.1", "6.2.1.1.2"})
public final class MediationWorkflow {

  public static final TransitionTable<MediationState, MediationAction> TABLE =
      TransitionTable.of("Mediation", MediationState.class, MediationAction.class)
          .initial(OPENED)
          .allow(OPENED, ASSESS_SUITABLE, AWAITING_CONSENT)
          .allow(OPENED, ASSESS_UNSUITABLE, UNSUITABLE)
          .allow(AWAITING_CONSENT, RECORD_CONSENT, AWAITING_CONSENT)
          .allow(AWAITING_CONSENT, CONSENT_COMPLETE, CONSENTED)
          .allow(AWAITING_CONSENT, DECLINE, DECLINED)
          .allow(CONSENTED, ROUTE, ROUTED)
          .allowFrom(EnumSet.of(ROUTED, SCHEDULED, IN_SESSION), SCHEDULE_ONLINE, SCHEDULED)
          .allowFrom(EnumSet.of(ROUTED, SCHEDULED, IN_SESSION), SCHEDULE_OFFLINE, SCHEDULED)
          .allow(SCHEDULED, HOLD_SESSION, IN_SESSION)
          .allow(IN_SESSION, REACH_AGREEMENT, AGREED)
          .allow(IN_SESSION, FAIL, FAILED)
          .allow(FAILED, REFER_TO_LITIGATION, REFERRED_TO_LITIGATION)
          .allowFrom(
              EnumSet.of(UNSUITABLE, DECLINED, FAILED, REFERRED_TO_LITIGATION),
              ROUTE_ONWARD,
              ROUTED_ONWARD)
          .allowFrom(
              EnumSet.of(
                  UNSUITABLE, DECLINED, AGREED, FAILED, REFERRED_TO_LITIGATION, ROUTED_ONWARD),
              CLOSE,
              CLOSED)
          .build();

  private MediationWorkflow() {}
}
