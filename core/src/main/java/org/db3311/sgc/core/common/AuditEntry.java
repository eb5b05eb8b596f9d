package org.db3311.sgc.core.common;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail (操作留痕): who did what to which aggregate, when, and from which state
 * to which.
 *
 * @param fromState the state before, or "-" for a creation
 */
public record AuditEntry(
    Instant at,
    Actor actor,
    String aggregateType,
    String aggregateId,
    String action,
    String fromState,
    String toState,
    String detail) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    for (String s : new String[] {aggregateType, aggregateId, action, fromState, toState}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(
            "an audit entry names the aggregate, action and both states");
      }
    }
    Objects.requireNonNull(detail, "detail");
  }

  /** The audit entry that records a domain event. */
  public static AuditEntry of(DomainEvent event) {
    return new AuditEntry(
        event.occurredAt(),
        event.actor(),
        event.aggregateType(),
        event.aggregateId(),
        event.actionName(),
        event.fromStateName().orElse("-"),
        event.toStateName(),
        event.detail());
  }
}
