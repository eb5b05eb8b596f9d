package org.db3311.sgc.core.reception;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.TransitionTable;

/** The state machines of the reception rota and of reception bookings. */
@Implements("6.2.1.2")
final class ReceptionWorkflows {

  static final TransitionTable<RotaState, RotaAction> ROTA =
      TransitionTable.of("ReceptionRota", RotaState.class, RotaAction.class)
          .initial(RotaState.DRAFT)
          .allow(RotaState.DRAFT, RotaAction.ASSIGN_DAY, RotaState.DRAFT)
          .allow(RotaState.DRAFT, RotaAction.PUBLISH, RotaState.PUBLISHED)
          .allow(RotaState.PUBLISHED, RotaAction.REVISE, RotaState.DRAFT)
          .build();

  static final TransitionTable<BookingState, BookingAction> BOOKING =
      TransitionTable.of("ReceptionBooking", BookingState.class, BookingAction.class)
          .initial(BookingState.REQUESTED)
          .allow(BookingState.REQUESTED, BookingAction.CONFIRM, BookingState.CONFIRMED)
          .allow(BookingState.REQUESTED, BookingAction.CANCEL, BookingState.CANCELLED)
          .allow(BookingState.CONFIRMED, BookingAction.CANCEL, BookingState.CANCELLED)
          .allow(BookingState.CONFIRMED, BookingAction.RECEIVE, BookingState.RECEIVED)
          .allow(BookingState.CONFIRMED, BookingAction.MARK_NO_SHOW, BookingState.NO_SHOW)
          .build();

  private ReceptionWorkflows() {}
}
