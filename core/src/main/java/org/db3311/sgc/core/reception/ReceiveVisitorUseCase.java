package org.db3311.sgc.core.reception;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Incoming port: the leader on the rota receives a visitor; what is raised is registered as a
 * matter through the leader-reception channel (6.1.1.3).
 */
@Implements({"6.2.1.2", "6.1.1.3"})
public interface ReceiveVisitorUseCase {

  Outcome receive(Command command);

  /**
   * @param booking the booking, for an appointment or invitation; empty for a walk-in
   * @param leader the leader receiving, who must be the one on the rota today
   */
  record Command(
      CountyLeader leader,
      ReceptionMode mode,
      Optional<String> booking,
      List<MatterParty> parties,
      String categoryCode,
      Place place,
      String description,
      List<Material.Submitted> materials,
      Actor actor) {
    public Command {
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(booking, "booking");
      if ((mode == ReceptionMode.RANDOM_WALK_IN) != booking.isEmpty()) {
        throw new IllegalArgumentException(
            "walk-ins have no booking; appointments and invitations do");
      }
      parties = List.copyOf(parties);
      materials = List.copyOf(materials);
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /** The matter registered, or why the reception could not be recorded. */
  sealed interface Outcome {
    record Registered(RegistrationNumber matter) implements Outcome {}

    record NotOnRota(String reason) implements Outcome {}
  }
}
