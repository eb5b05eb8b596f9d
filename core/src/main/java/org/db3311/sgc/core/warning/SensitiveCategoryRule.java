package org.db3311.sgc.core.warning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterKind;

/**
 * Sensitive categories (敏感类别): open matters of a category or kind the deployment lists as
 * sensitive, each with its level, registered within the window.
 */
@Implements({"6.5.1", "6.5.2"})
public record SensitiveCategoryRule(
    Duration window, Map<String, WarningLevel> categories, Map<MatterKind, WarningLevel> kinds)
    implements WarningRule {

  public SensitiveCategoryRule {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a window is positive");
    }
    categories = Map.copyOf(categories);
    Map<MatterKind, WarningLevel> k = new EnumMap<>(MatterKind.class);
    k.putAll(kinds);
    kinds = Collections.unmodifiableMap(k);
    if (categories.isEmpty() && kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one sensitive category or kind");
    }
  }

  /** Land requisition and demolition yellow; stability-related events orange; 30 days. */
  public static SensitiveCategoryRule defaults() {
    Map<String, WarningLevel> c = new HashMap<>();
    c.put("征地拆迁", WarningLevel.YELLOW);
    return new SensitiveCategoryRule(
        Duration.ofDays(30), c, Map.of(MatterKind.STABILITY_EVENT, WarningLevel.ORANGE));
  }

  @Override
  public String id() {
    return "sensitive-category";
  }

  @Override
  public List<Signal> evaluate(AnalysisWindow w) {
    List<Signal> out = new ArrayList<>();
    for (MatterFact f : w.facts()) {
      if (!Facts.openAt(f, w.asOf()) || !f.registeredAt().isAfter(w.asOf().minus(window))) {
        continue;
      }
      WarningLevel byCategory = categories.get(f.category());
      WarningLevel byKind = kinds.get(f.kind());
      if (byCategory == null && byKind == null) {
        continue;
      }
      WarningLevel level =
          byCategory == null
              ? byKind
              : byKind == null ? byCategory : WarningLevel.higher(byCategory, byKind);
      out.add(
          Signal.of(
              new WarningSubject(WarningSubject.Kind.MATTER, f.id().value()),
              new Reason(
                  id(),
                  "6.5.2",
                  level,
                  "open matter of sensitive "
                      + (byCategory != null ? "category " + f.category() : "kind " + f.kind()),
                  Map.of("category", f.category(), "kind", f.kind().name())),
              Set.of(f.id())));
    }
    return out;
  }
}
