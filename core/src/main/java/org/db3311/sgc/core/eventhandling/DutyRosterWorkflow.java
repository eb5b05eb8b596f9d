package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/** The state machine of a month's duty roster: drafted, published when covered, revised. */
@Implements("6.3.1.2")
final class DutyRosterWorkflow {

  static final TransitionTable<DutyRosterState, DutyRosterAction> TABLE =
      TransitionTable.of("DutyRoster", DutyRosterState.class, DutyRosterAction.class)
          .initial(DutyRosterState.DRAFT)
          .allow(DutyRosterState.DRAFT, DutyRosterAction.ASSIGN_SHIFT, DutyRosterState.DRAFT)
          .allow(DutyRosterState.DRAFT, DutyRosterAction.SET_FALLBACK, DutyRosterState.DRAFT)
          .allow(DutyRosterState.DRAFT, DutyRosterAction.PUBLISH, DutyRosterState.PUBLISHED)
          .allow(DutyRosterState.PUBLISHED, DutyRosterAction.REVISE, DutyRosterState.DRAFT)
          .build();

  private DutyRosterWorkflow() {}
}
