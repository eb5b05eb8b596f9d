package org.db3311.sgc.core.onward;

import static org.db3311.sgc.core.onward.OnwardAction.CONCLUDE_RECHECK;
import static org.db3311.sgc.core.onward.OnwardAction.CONCLUDE_REVIEW;
import static org.db3311.sgc.core.onward.OnwardAction.DECIDE;
import static org.db3311.sgc.core.onward.OnwardAction.DECLINE_TO_ACCEPT;
import static org.db3311.sgc.core.onward.OnwardAction.EXTEND;
import static org.db3311.sgc.core.onward.OnwardAction.RECEIVE;
import static org.db3311.sgc.core.onward.OnwardAction.REPORT_BACK;
import static org.db3311.sgc.core.onward.OnwardAction.REQUEST_RECHECK;
import static org.db3311.sgc.core.onward.OnwardAction.REQUEST_REVIEW;
import static org.db3311.sgc.core.onward.OnwardState.DECIDED;
import static org.db3311.sgc.core.onward.OnwardState.NOT_ACCEPTED;
import static org.db3311.sgc.core.onward.OnwardState.RECEIVED;
import static org.db3311.sgc.core.onward.OnwardState.RECHECKED;
import static org.db3311.sgc.core.onward.OnwardState.REFERRED;
import static org.db3311.sgc.core.onward.OnwardState.REPORTED_BACK;
import static org.db3311.sgc.core.onward.OnwardState.REVIEWED;
import static org.db3311.sgc.core.onward.OnwardState.UNDER_RECHECK;
import static org.db3311.sgc.core.onward.OnwardState.UNDER_REVIEW;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * The state machine of an onward referral. The review rows (复查, 复核) exist only on a road whose
 * clocks include them (the 信访 procedure); on another road they are refused naming state and action.
 */
@Implements({"6.2", "6.2.1.3"})
public final class OnwardWorkflow {

  public static final TransitionTable<OnwardState, OnwardAction> TABLE =
      TransitionTable.of("OnwardReferral", OnwardState.class, OnwardAction.class)
          .initial(REFERRED)
          .allow(REFERRED, RECEIVE, RECEIVED)
          .allow(REFERRED, DECLINE_TO_ACCEPT, NOT_ACCEPTED)
          .allow(RECEIVED, EXTEND, RECEIVED)
          .allow(RECEIVED, DECIDE, DECIDED)
          .allow(DECIDED, REQUEST_REVIEW, UNDER_REVIEW)
          .allow(UNDER_REVIEW, CONCLUDE_REVIEW, REVIEWED)
          .allow(REVIEWED, REQUEST_RECHECK, UNDER_RECHECK)
          .allow(UNDER_RECHECK, CONCLUDE_RECHECK, RECHECKED)
          .allowFrom(EnumSet.of(DECIDED, REVIEWED, RECHECKED), REPORT_BACK, REPORTED_BACK)
          .build();

  private OnwardWorkflow() {}
}
