package org.db3311.sgc.core.warning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of a warning: raised, published, acknowledged, updated, upgraded, closed or dismissed,
 * with the level it has afterwards.
 */
public record WarningEvent(
    WarningId warningId,
    Version version,
    Warning.Action action,
    Optional<Warning.State> from,
    Warning.State to,
    Actor actor,
    Instant occurredAt,
    String detail,
    WarningLevel level)
    implements DomainEvent {

  public WarningEvent {
    Objects.requireNonNull(warningId, "warningId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(level, "level");
  }

  @Override
  public String aggregateType() {
    return "Warning";
  }

  @Override
  public String aggregateId() {
    return warningId.value();
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
