package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;

/**
 * One line of the daily collection (每日采集): when and where, what kind, how it is handled and with
 * what result so far.
 */
public record CollectedItem(
    MatterId matter,
    MatterKind kind,
    String category,
    String cause,
    DivisionCode place,
    Optional<AreaCode> township,
    Optional<AreaCode> village,
    String placeLabel,
    Instant occurredAt,
    Instant registeredAt,
    String handlingMethod,
    Optional<Outcome> result) {

  public CollectedItem {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(village, "village");
    Objects.requireNonNull(placeLabel, "placeLabel");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(handlingMethod, "handlingMethod");
    Objects.requireNonNull(result, "result");
  }

  /** The item as the fact stood at {@code asOf}: a closure after it is not yet a result. */
  static CollectedItem of(MatterFact f, Instant asOf) {
    Optional<Outcome> result =
        f.closedAt().filter(c -> !c.isAfter(asOf)).isPresent() ? f.outcome() : Optional.empty();
    return new CollectedItem(
        f.id(),
        f.kind(),
        f.category(),
        f.cause(),
        f.place(),
        f.township(),
        f.village(),
        f.placeLabel(),
        f.occurredAt(),
        f.registeredAt(),
        f.handlingMethod(),
        result);
  }
}
