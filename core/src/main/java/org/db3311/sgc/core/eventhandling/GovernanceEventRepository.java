package org.db3311.sgc.core.eventhandling;

import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Outgoing port: where social-governance events are kept; saves honour the version. */
public interface GovernanceEventRepository {

  void save(GovernanceEvent event);

  Optional<GovernanceEvent> find(RegistrationNumber matter);
}
