package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/**
 * One matter as a list shows it: what {@link MatterSearch} answers, from the columns a store
 * searches by, without the whole matter. The unit and the deadline are those of the matter's
 * supervision file when it has one (6.2.1.3: the lead unit 牵头单位 and the earliest running step
 * deadline).
 *
 * @param handlingUnit the lead unit of the matter's supervision file
 * @param deadline the file's next deadline: the earliest last day among its running step clocks
 */
public record MatterSummary(
    RegistrationNumber number,
    MatterState state,
    Category.Kind kind,
    Channel channel,
    String categoryCode,
    DivisionCode county,
    Optional<AreaCode> townshipCode,
    Optional<String> township,
    Instant registeredAt,
    Optional<Instant> closedAt,
    Optional<UnitId> handlingUnit,
    Optional<LocalDate> deadline) {

  public MatterSummary {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(townshipCode, "townshipCode");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(handlingUnit, "handlingUnit");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isPresent() && handlingUnit.isEmpty()) {
      throw new IllegalArgumentException("a deadline comes with the supervision file's unit");
    }
  }

  /** The summary of a stored matter, with its supervision file's unit and deadline if any. */
  public static MatterSummary of(MatterSnapshot m, Optional<Supervision> supervision) {
    Place place = m.registration().place();
    return new MatterSummary(
        m.number(),
        m.state(),
        m.kind(),
        m.registration().channel(),
        m.registration().categoryCode(),
        place.county(),
        place.townshipCode(),
        place.township(),
        m.registeredAt(),
        m.closedAt(),
        supervision.map(Supervision::unit),
        supervision.flatMap(Supervision::deadline));
  }

  /** What a matter's supervision file tells a list: its lead unit and next deadline. */
  public record Supervision(UnitId unit, Optional<LocalDate> deadline) {
    public Supervision {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(deadline, "deadline");
    }
  }
}
