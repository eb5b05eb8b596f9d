package org.db3311.sgc.core.calendar;

import java.util.Objects;
import java.util.Optional;

/**
 * How a time limit is set for a step: its length and unit, the event it runs from, and how far it
 * may be extended (with an approver's say-so).
 *
 * @param name what the limit is for, e.g. "handling"
 * @param limit the length
 * @param startEvent the event the period runs from, e.g. "assigned" (its day is not counted)
 * @param maxExtension the most the extensions may add up to, in the same unit; empty when the
 *     period cannot be extended
 * @param basis where the length comes from (a statute, or "product default")
 */
public record DeadlineRule(
    String name,
    TimeLimit limit,
    String startEvent,
    Optional<TimeLimit> maxExtension,
    String basis) {

  public DeadlineRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a deadline rule needs a name");
    }
    Objects.requireNonNull(limit, "limit");
    if (startEvent == null || startEvent.isBlank()) {
      throw new IllegalArgumentException("deadline " + name + " needs the event it runs from");
    }
    Objects.requireNonNull(maxExtension, "maxExtension");
    maxExtension.ifPresent(
        max -> {
          if (max.unit() != limit.unit()) {
            throw new IllegalArgumentException(
                "deadline " + name + ": the extension cap must be counted in " + limit.unit());
          }
        });
    if (basis == null || basis.isBlank()) {
      throw new IllegalArgumentException("deadline " + name + " needs its basis");
    }
  }

  public static DeadlineRule of(String name, TimeLimit limit, String startEvent, String basis) {
    return new DeadlineRule(name, limit, startEvent, Optional.empty(), basis);
  }

  public DeadlineRule extendableBy(TimeLimit max) {
    return new DeadlineRule(name, limit, startEvent, Optional.of(max), basis);
  }
}
