package org.db3311.sgc.core.reception;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.Version;

/** A change of a reception rota or booking. */
public record ReceptionEvent(
    String aggregateType,
    String aggregateId,
    Version version,
    String actionName,
    Optional<String> fromStateName,
    String toStateName,
    Actor actor,
    Instant occurredAt,
    String detail)
    implements DomainEvent {}
