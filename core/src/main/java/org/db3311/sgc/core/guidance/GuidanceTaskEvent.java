package org.db3311.sgc.core.guidance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of a guidance task: issued to its assignees, or one assignee's part accepted, reported,
 * verified, returned or supervised.
 *
 * @param unit the assignee's code; empty when the change concerns the whole task (its issue)
 * @param from the assignee's state before; empty when the task was issued
 * @param to the assignee's state afterwards (every assignee's, when issued)
 */
public record GuidanceTaskEvent(
    String taskId,
    Version version,
    GuidanceTask.Action action,
    Optional<String> unit,
    Optional<Assignment.State> from,
    Assignment.State to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  public GuidanceTaskEvent {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String aggregateType() {
    return "GuidanceTask";
  }

  @Override
  public String aggregateId() {
    return taskId;
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
