package org.db3311.sgc.core.supervision;

import java.util.Objects;
import org.db3311.sgc.core.calendar.TimeLimit;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record an approved extension of a step's deadline (延期). */
@Implements("6.2.1.3")
public interface ExtendDeadlineUseCase {

  void extend(Command command);

  /**
   * @param approver who approved the extension (e.g. the unit head), recorded with it
   */
  record Command(String subject, Step step, TimeLimit added, String reason, Actor approver) {
    public Command {
      if (subject == null || subject.isBlank()) {
        throw new IllegalArgumentException("name the supervised subject");
      }
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(added, "added");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("an extension states its reason");
      }
      Objects.requireNonNull(approver, "approver");
    }
  }
}
