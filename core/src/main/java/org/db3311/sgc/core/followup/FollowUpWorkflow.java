package org.db3311.sgc.core.followup;

import static org.db3311.sgc.core.followup.FollowUpAction.CONCLUDE;
import static org.db3311.sgc.core.followup.FollowUpAction.NOTIFY_RESULT;
import static org.db3311.sgc.core.followup.FollowUpAction.RECORD_DISSATISFIED;
import static org.db3311.sgc.core.followup.FollowUpAction.RECORD_SATISFIED;
import static org.db3311.sgc.core.followup.FollowUpAction.REOPEN;
import static org.db3311.sgc.core.followup.FollowUpState.CONCLUDED;
import static org.db3311.sgc.core.followup.FollowUpState.DISSATISFIED;
import static org.db3311.sgc.core.followup.FollowUpState.PENDING_NOTICE;
import static org.db3311.sgc.core.followup.FollowUpState.REOPENED;
import static org.db3311.sgc.core.followup.FollowUpState.RESULT_NOTIFIED;
import static org.db3311.sgc.core.followup.FollowUpState.SATISFIED;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/**
 * The state machine of a follow-up: the result notice comes first and cannot be skipped
 * (6.2.1.4.1); a survey is optional (6.2.1.4.2); a dissatisfied answer may reopen the matter.
 */
@Implements({"6.2.1.4.1", "6.2.1.4.2"})
final class FollowUpWorkflow {

  static final TransitionTable<FollowUpState, FollowUpAction> TABLE =
      TransitionTable.of("FollowUp", FollowUpState.class, FollowUpAction.class)
          .initial(PENDING_NOTICE)
          .allow(PENDING_NOTICE, NOTIFY_RESULT, RESULT_NOTIFIED)
          .allowFrom(EnumSet.of(RESULT_NOTIFIED, SATISFIED), RECORD_SATISFIED, SATISFIED)
          .allow(DISSATISFIED, RECORD_SATISFIED, DISSATISFIED)
          .allowFrom(
              EnumSet.of(RESULT_NOTIFIED, SATISFIED, DISSATISFIED),
              RECORD_DISSATISFIED,
              DISSATISFIED)
          .allow(DISSATISFIED, REOPEN, REOPENED)
          .allowFrom(EnumSet.of(RESULT_NOTIFIED, SATISFIED, DISSATISFIED), CONCLUDE, CONCLUDED)
          .build();

  private FollowUpWorkflow() {}
}
