package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** A change of a supervision file, with the file as it is afterwards. */
public record SupervisionEvent(
    String subject,
    Version version,
    SupervisionAction action,
    Optional<SupervisionState> from,
    SupervisionState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    SupervisionSnapshot file)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "SupervisionFile";
  }

  @Override
  public String aggregateId() {
    return subject;
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
