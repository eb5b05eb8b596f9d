package org.db3311.sgc.core.common;

import java.time.Instant;
import java.util.Optional;

/**
 * A minimal domain event for the contract tests of the shared ports, and for adapters' own tests of
 * the same ports (aggregate type {@code Test}).
 */
public record TestEvent(String aggregateId, String actionName, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String aggregateType() {
    return "Test";
  }

  @Override
  public Version version() {
    return new Version(1);
  }

  @Override
  public Optional<String> fromStateName() {
    return Optional.of("A");
  }

  @Override
  public String toStateName() {
    return "B";
  }

  @Override
  public Actor actor() {
    return Actor.SYSTEM;
  }

  @Override
  public String detail() {
    return "test";
  }
}
