package org.db3311.sgc.core.eventhandling;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: put a month's duty roster in force once every hour is covered (6.3.1.2). */
@Implements("6.3.1.2")
public interface PublishDutyRosterUseCase {

  /**
   * Publishes the roster; returns the uncovered or doubly covered hours instead (empty on success).
   */
  List<String> publish(Command command);

  record Command(YearMonth month, Actor actor) {
    public Command {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
