package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * A change of a matter: raised by every transition, carrying the matter as it is afterwards so
 * followers (follow-up, archive, reports) need not read it back.
 */
public record MatterEvent(
    RegistrationNumber number,
    Version version,
    MatterAction action,
    Optional<MatterState> from,
    MatterState to,
    Actor actor,
    Instant occurredAt,
    String detail,
    MatterSnapshot matter)
    implements DomainEvent {

  /** The aggregate type of every matter event, as stores and audit entries name it. */
  public static final String AGGREGATE_TYPE = "Matter";

  public MatterEvent {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(matter, "matter");
  }

  @Override
  public String aggregateType() {
    return AGGREGATE_TYPE;
  }

  @Override
  public String aggregateId() {
    return number.toString();
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
