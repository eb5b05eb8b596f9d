package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.calendar.DueDate;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.SweepResult;

/**
 * Incoming port: once the official holiday arrangement of a year is loaded, recount the judicial
 * confirmation due dates that were counted on its provisional year, never earlier than announced
 * (ruling R10). A case that fails is reported and the others go on.
 */
@Implements("R10")
public interface RecountConfirmationDueUseCase {

  record Command(Actor actor) {
    public Command {
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** One recounted due date. */
  record Recounted(MediationCaseId id, DueDate announced, DueDate recounted) {
    public Recounted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(announced, "announced");
      Objects.requireNonNull(recounted, "recounted");
    }
  }

  /** The due dates that changed, and every case that could not be recounted. */
  SweepResult<Recounted> recountConfirmationDues(Command command);
}
