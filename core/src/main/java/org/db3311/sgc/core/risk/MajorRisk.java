package org.db3311.sgc.core.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.warning.Reason;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningLevel;

/**
 * A major risk (重大风险事项): a warning at or above the configured level, a stability event, a grade
 * I–II emergency, or one an analyst names; each gets its own special report.
 */
public record MajorRisk(
    String id,
    String title,
    WarningLevel level,
    List<Reason> reasons,
    SortedSet<MatterId> matters,
    UnitId owner,
    Instant identifiedAt) {

  public MajorRisk {
    if (id == null || id.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a major risk has an id and a title");
    }
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
    matters = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(matters));
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(identifiedAt, "identifiedAt");
  }

  /** A stability event (涉稳事件): a major risk by its kind, reported on its own. */
  @Implements("6.4.1.2")
  public static MajorRisk stabilityEvent(MatterFact f, UnitId defaultOwner) {
    WarningLevel level = WarningLevel.ORANGE;
    return new MajorRisk(
        "ST-" + f.id(),
        "涉稳事件 " + f.category() + " " + f.placeLabel(),
        level,
        List.of(
            new Reason(
                "stability-event",
                "6.4.1.2",
                level,
                "涉稳事件 " + f.id() + " 作为重大风险事项一事一专报",
                Map.of("matter", f.id().value(), "place", f.placeLabel()))),
        new TreeSet<>(Set.of(f.id())),
        f.handlingUnit().orElse(defaultOwner),
        f.registeredAt());
  }

  /** A grade I or II emergency (Ⅰ级、Ⅱ级突发事件): a major risk by its grade. */
  @Implements("6.4.1.2")
  public static MajorRisk emergency(MajorIncidentSource.MajorIncident i, UnitId owner) {
    WarningLevel level = "I".equals(i.grade()) ? WarningLevel.RED : WarningLevel.ORANGE;
    return new MajorRisk(
        i.id(),
        i.grade() + "级突发事件 " + i.summary(),
        level,
        List.of(
            new Reason(
                "major-emergency",
                "6.4.1.2",
                level,
                i.grade() + " 级突发事件作为重大风险事项一事一专报",
                Map.of("incident", i.id(), "grade", i.grade()))),
        new TreeSet<>(),
        owner,
        i.discoveredAt());
  }

  public static MajorRisk of(Warning w) {
    return new MajorRisk(
        w.id().value(),
        w.level() + " " + w.subject(),
        w.level(),
        w.reasons(),
        w.matters(),
        w.owner(),
        w.raisedAt());
  }
}
