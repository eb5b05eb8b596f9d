package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * The domain event of a change to a social-governance event, with the event afterwards. Its {@link
 * #round()} tells the rounds of a reopened event apart: the second closure, review, result report
 * and archive carry round 2.
 */
public record GovernanceEventChanged(
    RegistrationNumber matter,
    Version version,
    EventAction action,
    Optional<EventState> from,
    EventState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    GovernanceEventSnapshot event)
    implements DomainEvent {

  /** The handling round the change belongs to (1, then one more per reopening). */
  public int round() {
    return event.round();
  }

  @Override
  public String aggregateType() {
    return "GovernanceEvent";
  }

  @Override
  public String aggregateId() {
    return matter.toString();
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
