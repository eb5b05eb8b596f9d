package org.db3311.sgc.core.evaluation.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of a feedback ticket (9.1): submitted, assigned, answered, linked to a corrective
 * action, told a re-check result, closed.
 */
public record FeedbackEvent(
    FeedbackTicket ticket,
    Version version,
    Feedback.Action action,
    Optional<Feedback.State> from,
    Feedback.State to,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {

  public FeedbackEvent {
    Objects.requireNonNull(ticket, "ticket");
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
    return "Feedback";
  }

  @Override
  public String aggregateId() {
    return ticket.value();
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
