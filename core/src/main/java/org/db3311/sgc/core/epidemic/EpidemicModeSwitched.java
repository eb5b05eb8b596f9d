package org.db3311.sgc.core.epidemic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/**
 * The epidemic-control command switched between peacetime and wartime (平战转换): the command's n-th
 * switch, with who ordered it and why.
 */
public record EpidemicModeSwitched(Version version, ModeSwitch change) implements DomainEvent {

  /** The one epidemic-control command of the county, whose mode this is. */
  public static final String COMMAND = "epidemic-command";

  public EpidemicModeSwitched {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public String aggregateType() {
    return "EpidemicMode";
  }

  @Override
  public String aggregateId() {
    return COMMAND;
  }

  @Override
  public String actionName() {
    return "SWITCH_MODE";
  }

  @Override
  public Optional<String> fromStateName() {
    return Optional.of(change.from().name());
  }

  @Override
  public String toStateName() {
    return change.to().name();
  }

  @Override
  public Actor actor() {
    return change.by();
  }

  @Override
  public Instant occurredAt() {
    return change.at();
  }

  @Override
  public String detail() {
    return change.reason();
  }
}
