package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record a session that was held (调解笔录). */
public interface RecordSessionUseCase {

  void recordSession(Command command);

  record Command(MediationCaseId id, MediationRecord record, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
