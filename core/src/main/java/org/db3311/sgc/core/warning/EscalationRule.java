package org.db3311.sgc.core.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterFact;

/**
 * Matters escalating across levels (越级/层级上升): an open matter that has reached the duty county
 * leader or the city center asks for the level configured for that height.
 */
@Implements({"6.5.1", "6.5.2"})
public record EscalationRule(Map<EscalationLevel, WarningLevel> levels) implements WarningRule {

  public EscalationRule {
    if (levels == null || levels.isEmpty()) {
      throw new IllegalArgumentException("at least one escalation level is watched");
    }
    Map<EscalationLevel, WarningLevel> copy = new EnumMap<>(EscalationLevel.class);
    copy.putAll(levels);
    levels = Collections.unmodifiableMap(copy);
  }

  /** County leader yellow, city orange. */
  public static EscalationRule defaults() {
    Map<EscalationLevel, WarningLevel> m = new EnumMap<>(EscalationLevel.class);
    m.put(EscalationLevel.COUNTY_LEADER, WarningLevel.YELLOW);
    m.put(EscalationLevel.CITY, WarningLevel.ORANGE);
    return new EscalationRule(m);
  }

  @Override
  public String id() {
    return "escalation";
  }

  @Override
  public List<Signal> evaluate(AnalysisWindow w) {
    List<Signal> out = new ArrayList<>();
    for (MatterFact f : w.facts()) {
      WarningLevel level = levels.get(f.escalation());
      if (level == null || !Facts.openAt(f, w.asOf())) {
        continue;
      }
      out.add(
          Signal.of(
              new WarningSubject(WarningSubject.Kind.MATTER, f.id().value()),
              new Reason(
                  id(),
                  "6.5.2",
                  level,
                  "open matter escalated to "
                      + f.escalation()
                      + " ("
                      + f.escalation().steps()
                      + " levels up)",
                  Map.of("escalation", f.escalation().name())),
              Set.of(f.id())));
    }
    return out;
  }
}
