package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** The domain event of a change to a duty roster, with the roster afterwards. */
public record DutyRosterChanged(
    DutyRosterId id,
    Version version,
    DutyRosterAction action,
    Optional<DutyRosterState> from,
    DutyRosterState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    DutyRosterSnapshot roster)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "DutyRoster";
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
