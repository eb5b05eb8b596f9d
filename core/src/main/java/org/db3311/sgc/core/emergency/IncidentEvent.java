package org.db3311.sgc.core.emergency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of an incident (应急事件): discovered, graded, led, its plan activated, ordered, reported
 * on, closed, reviewed.
 */
public record IncidentEvent(
    String incidentId,
    Version version,
    Incident.Action action,
    Optional<Incident.State> from,
    Incident.State to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  public IncidentEvent {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String aggregateType() {
    return "Incident";
  }

  @Override
  public String aggregateId() {
    return incidentId;
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
