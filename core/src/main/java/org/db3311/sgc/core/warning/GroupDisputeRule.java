package org.db3311.sgc.core.warning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Group disputes (群体性纠纷): an open matter registered within the window whose party count reaches a
 * threshold.
 */
@Implements({"6.5.1", "6.5.2"})
public record GroupDisputeRule(Duration window, Thresholds thresholds) implements WarningRule {

  public GroupDisputeRule {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a window is positive");
    }
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Open matters of the last 30 days: 5 parties yellow, 30 orange, 100 red. */
  public static GroupDisputeRule defaults() {
    return new GroupDisputeRule(
        Duration.ofDays(30),
        Thresholds.of(5, WarningLevel.YELLOW)
            .and(30, WarningLevel.ORANGE)
            .and(100, WarningLevel.RED));
  }

  @Override
  public String id() {
    return "group-dispute";
  }

  @Override
  public List<Signal> evaluate(AnalysisWindow w) {
    List<Signal> out = new ArrayList<>();
    for (MatterFact f : w.facts()) {
      if (!Facts.openAt(f, w.asOf()) || !f.registeredAt().isAfter(w.asOf().minus(window))) {
        continue;
      }
      thresholds
          .levelFor(f.partyCount())
          .ifPresent(
              level ->
                  out.add(
                      Signal.of(
                          new WarningSubject(WarningSubject.Kind.MATTER, f.id().value()),
                          new Reason(
                              id(),
                              "6.5.2",
                              level,
                              f.partyCount() + " parties in an open " + f.category() + " matter",
                              Map.of(
                                  "parties", Integer.toString(f.partyCount()),
                                  "thresholds", thresholds.toString())),
                          Set.of(f.id()))));
    }
    return out;
  }
}
