package org.db3311.sgc.core.evaluation.improvement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of a corrective action (9.3.1, 9.3.3): raised, correction reported, re-check passed or
 * failed.
 */
public record CorrectiveActionEvent(
    CorrectiveActionId actionId,
    Version version,
    CorrectiveAction.Action action,
    Optional<CorrectiveAction.State> from,
    CorrectiveAction.State to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  public CorrectiveActionEvent {
    Objects.requireNonNull(actionId, "actionId");
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
    return "CorrectiveAction";
  }

  @Override
  public String aggregateId() {
    return actionId.value();
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
