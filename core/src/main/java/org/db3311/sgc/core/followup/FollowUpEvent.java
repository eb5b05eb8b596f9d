package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** A change of a follow-up, with the follow-up afterwards. */
public record FollowUpEvent(
    FollowUpId id,
    Version version,
    FollowUpAction action,
    Optional<FollowUpState> from,
    FollowUpState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    FollowUpSnapshot followUp)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "FollowUp";
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
