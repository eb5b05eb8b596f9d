package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: after a failure, apply for online litigation filing with the case file. */
@Implements("6.2.1.1.2")
public interface ReferToLitigationUseCase {

  /** The filing reference given by the courts' service. */
  String refer(Command command);

  record Command(MediationCaseId id, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
