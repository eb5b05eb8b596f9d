package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** A change of a mediation case, with the case as it is afterwards. */
public record MediationEvent(
    MediationCaseId id,
    Version version,
    MediationAction action,
    Optional<MediationState> from,
    MediationState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    MediationSnapshot mediation)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "Mediation";
  }

  @Override
  public String aggregateId() {
    return id.toString();
  }

  @Override
  public String actionName() {
    return action.name();
  }

  @Override
  public Optional<String> fromStateName() {
    return from.map(Enum::name);
  }

  @Override
  public String toStateName() {
    return to.name();
  }
}
