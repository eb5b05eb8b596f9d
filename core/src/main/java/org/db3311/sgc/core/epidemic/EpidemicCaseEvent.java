package org.db3311.sgc.core.epidemic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of an epidemic-related matter in the closed loop (6.7.1.1), with the mode it happened
 * in.
 */
public record EpidemicCaseEvent(
    String caseId,
    Version version,
    EpidemicCase.Action action,
    Optional<EpidemicCase.State> from,
    EpidemicCase.State to,
    Actor actor,
    Instant occurredAt,
    String detail,
    EpidemicMode mode)
    implements DomainEvent {

  public EpidemicCaseEvent {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(mode, "mode");
  }

  @Override
  public String aggregateType() {
    return "EpidemicCase";
  }

  @Override
  public String aggregateId() {
    return caseId;
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
