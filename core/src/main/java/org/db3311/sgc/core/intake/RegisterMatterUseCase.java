package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: register a matter from any channel (6.1.1, 8.2.2). */
public interface RegisterMatterUseCase {

  /**
   * Registers the matter, or, for a transfer already registered under the same source reference,
   * returns the existing one.
   */
  RegistrationReceipt register(Command command);

  /** What to register and who registers it. */
  record Command(Registration registration, Actor actor) {
    public Command {
      Objects.requireNonNull(registration, "registration");
      Objects.requireNonNull(actor, "actor");
    }
  }

  /**
   * What registration gave back.
   *
   * @param alreadyRegistered true when the same transfer had been registered before
   */
  record RegistrationReceipt(
      RegistrationNumber number,
      MatterState state,
      boolean alreadyRegistered,
      List<RepeatLink> links,
      Set<MatterFlag> flags,
      List<String> warnings) {
    public RegistrationReceipt {
      links = List.copyOf(links);
      flags = Set.copyOf(flags);
      warnings = List.copyOf(warnings);
    }
  }
}
