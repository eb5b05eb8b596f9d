package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/**
 * Incoming port: route a consented dispute by the routing table, and put it under supervision with
 * the venue's lead unit.
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2", "6.2.1.3"})
public interface RouteMediationUseCase {

  RoutingDecision route(Command command);

  record Command(MediationCaseId id, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
