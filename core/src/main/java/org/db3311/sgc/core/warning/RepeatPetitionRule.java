package org.db3311.sgc.core.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.PersonKey;

/**
 * Repeat petitions (重复信访): the same person bringing matters of the given kinds again and again
 * within a window.
 */
@Implements({"6.5.1", "6.5.2"})
public record RepeatPetitionRule(Duration window, Set<MatterKind> kinds, Thresholds thresholds)
    implements WarningRule {

  public RepeatPetitionRule {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a repeat window is positive");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    java.util.Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Petitions within 30 days: 3 blue, 5 yellow, 8 orange. */
  public static RepeatPetitionRule defaults() {
    return new RepeatPetitionRule(
        Duration.ofDays(30),
        EnumSet.of(MatterKind.PETITION),
        Thresholds.of(3, WarningLevel.BLUE)
            .and(5, WarningLevel.YELLOW)
            .and(8, WarningLevel.ORANGE));
  }

  @Override
  public String id() {
    return "repeat-petition";
  }

  @Override
  public List<Signal> evaluate(AnalysisWindow w) {
    Instant from = w.asOf().minus(window);
    Map<PersonKey, Set<MatterId>> byPerson = new HashMap<>();
    for (MatterFact f : w.facts()) {
      if (kinds.contains(f.kind())
          && Facts.knownAt(f, w.asOf())
          && f.registeredAt().isAfter(from)) {
        for (PersonKey p : f.applicants()) {
          byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(f.id());
        }
      }
    }
    List<Signal> out = new ArrayList<>();
    byPerson.forEach(
        (person, matters) ->
            thresholds
                .levelFor(matters.size())
                .ifPresent(
                    level ->
                        out.add(
                            Signal.of(
                                new WarningSubject(WarningSubject.Kind.PERSON, person.value()),
                                new Reason(
                                    id(),
                                    "6.5.2",
                                    level,
                                    matters.size()
                                        + " matters of "
                                        + kinds
                                        + " from the same person within "
                                        + window.toDays()
                                        + " days",
                                    Map.of(
                                        "count", Integer.toString(matters.size()),
                                        "windowDays", Long.toString(window.toDays()),
                                        "thresholds", thresholds.toString())),
                                matters))));
    return out;
  }
}
