package org.db3311.sgc.core.onward;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.mediation.MediationCaseId;

/**
 * Incoming port: route a dispute that mediation did not settle (unsuitable, declined, failed)
 * onward to a receiving body, or route it again after a body did not accept it.
 */
@Implements("6.2")
public interface ReferOnwardUseCase {

  OnwardReferralId refer(Command command);

  /**
   * @param bodyName the receiving body's name as the parties are told it
   * @param reason why this road (the parties' choice, the matter's nature)
   */
  record Command(
      MediationCaseId mediation,
      Road road,
      UnitId body,
      String bodyName,
      String reason,
      Actor actor) {
    public Command {
      Objects.requireNonNull(mediation, "mediation");
      Objects.requireNonNull(road, "road");
      Objects.requireNonNull(body, "body");
      if (bodyName == null || bodyName.isBlank() || reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a referral names the body and gives the reason");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
