package org.db3311.sgc.core.common;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the center tells other systems happened (集成事件): the published, versioned contract behind the
 * outbox and the message broker. It carries references and states only — never a person's name, ID
 * number or telephone number, and not who acted (that stays in the audit trail) — so a consumer
 * outside the center holds no personal data by subscribing.
 *
 * @param eventId unique and stable: {@code <aggregateType>/<aggregateId>/<sequence>}, so a consumer
 *     deduplicates a redelivery by it
 * @param type {@code <aggregateType>.<action>}, e.g. {@code Matter.ACCEPT}; a broker routes on it
 * @param schemaVersion the version of this record's shape; {@link #SCHEMA_VERSION} for new events
 * @param sequence the event's number within its aggregate, from 1, without gaps
 * @param fromState the state before, empty for a creation
 */
public record IntegrationEvent(
    String eventId,
    String type,
    int schemaVersion,
    String aggregateType,
    String aggregateId,
    long sequence,
    Instant occurredAt,
    String action,
    Optional<String> fromState,
    String toState,
    Version aggregateVersion) {

  /** The shape written by this version of the core. */
  public static final int SCHEMA_VERSION = 1;

  public IntegrationEvent {
    requireText(aggregateType, "aggregateType");
    requireText(aggregateId, "aggregateId");
    requireText(action, "action");
    requireText(toState, "toState");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(fromState, "fromState");
    Objects.requireNonNull(aggregateVersion, "aggregateVersion");
    if (sequence < 1) {
      throw new IllegalArgumentException("an event's sequence starts at 1, not " + sequence);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema versions start at 1, not " + schemaVersion);
    }
    if (!idOf(aggregateType, aggregateId, sequence).equals(eventId)) {
      throw new IllegalArgumentException(
          "event id " + eventId + " is not " + idOf(aggregateType, aggregateId, sequence));
    }
    if (!(aggregateType + "." + action).equals(type)) {
      throw new IllegalArgumentException("event type " + type + " is not aggregateType.action");
    }
  }

  /** The integration event of a domain event, numbered {@code sequence} within its aggregate. */
  public static IntegrationEvent of(DomainEvent event, long sequence) {
    return new IntegrationEvent(
        idOf(event.aggregateType(), event.aggregateId(), sequence),
        event.aggregateType() + "." + event.actionName(),
        SCHEMA_VERSION,
        event.aggregateType(),
        event.aggregateId(),
        sequence,
        event.occurredAt(),
        event.actionName(),
        event.fromStateName(),
        event.toStateName(),
        event.version());
  }

  /** The id of the {@code sequence}-th event of an aggregate. */
  public static String idOf(String aggregateType, String aggregateId, long sequence) {
    return aggregateType + "/" + aggregateId + "/" + sequence;
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("an integration event needs " + what);
    }
  }
}
