package org.db3311.sgc.core.common;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to an aggregate (领域事件): one per workflow transition, so later concerns
 * (archives, reports, publication) can follow every change. Not to be confused with a
 * social-governance event (社会治理事件), which is a kind of matter the center handles.
 */
public interface DomainEvent {

  /** The kind of aggregate, e.g. "Matter". */
  String aggregateType();

  String aggregateId();

  /** The aggregate's version after the change. */
  Version version();

  /** The action that caused the transition, e.g. "ACCEPT". */
  String actionName();

  /** The state before the transition, empty for a creation. */
  Optional<String> fromStateName();

  String toStateName();

  Actor actor();

  Instant occurredAt();

  /** A short human-readable account of what changed, for the audit trail. */
  String detail();
}
