package org.db3311.sgc.core.intake;

import static org.db3311.sgc.core.intake.MatterAction.ACCEPT;
import static org.db3311.sgc.core.intake.MatterAction.CLOSE;
import static org.db3311.sgc.core.intake.MatterAction.REFUSE;
import static org.db3311.sgc.core.intake.MatterAction.REOPEN;
import static org.db3311.sgc.core.intake.MatterAction.REQUEST_SUPPLEMENT;
import static org.db3311.sgc.core.intake.MatterAction.START_HANDLING;
import static org.db3311.sgc.core.intake.MatterAction.SUBMIT_MATERIALS;
import static org.db3311.sgc.core.intake.MatterAction.WITHDRAW;
import static org.db3311.sgc.core.intake.MatterState.ACCEPTED;
import static org.db3311.sgc.core.intake.MatterState.AWAITING_SUPPLEMENT;
import static org.db3311.sgc.core.intake.MatterState.CLOSED;
import static org.db3311.sgc.core.intake.MatterState.IN_HANDLING;
import static org.db3311.sgc.core.intake.MatterState.PENDING_DECISION;
import static org.db3311.sgc.core.intake.MatterState.REFUSED;
import static org.db3311.sgc.core.intake.MatterState.WITHDRAWN;

import java.util.EnumSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/** The state machine of a matter (事项): intake decision (6.1.1.1), handling, closure, reopening. */
@Implements({"6.1.1.1", "6.2.1.4.1"})
final class MatterWorkflow {

  static final TransitionTable<MatterState, MatterAction> TABLE =
      TransitionTable.of("Matter", MatterState.class, MatterAction.class)
          .initial(PENDING_DECISION)
          .allow(PENDING_DECISION, SUBMIT_MATERIALS, PENDING_DECISION)
          .allow(AWAITING_SUPPLEMENT, SUBMIT_MATERIALS, PENDING_DECISION)
          .allow(PENDING_DECISION, ACCEPT, ACCEPTED)
          .allow(PENDING_DECISION, REQUEST_SUPPLEMENT, AWAITING_SUPPLEMENT)
          .allow(PENDING_DECISION, REFUSE, REFUSED)
          .allowFrom(EnumSet.of(PENDING_DECISION, AWAITING_SUPPLEMENT), WITHDRAW, WITHDRAWN)
          .allow(ACCEPTED, START_HANDLING, IN_HANDLING)
          .allow(IN_HANDLING, CLOSE, CLOSED)
          .allow(CLOSED, REOPEN, IN_HANDLING)
          .build();

  private MatterWorkflow() {}
}
