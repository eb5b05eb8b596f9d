package org.db3311.sgc.core.casefacts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.facts.MatterKind;

/**
 * Which kind of matter (6.4.1.1: disputes, petitions, stability events, safety hazards, public
 * demands…) a casework category counts as, by category-code prefix; the longest matching prefix
 * wins, {@code fallback} when none matches. Data, so a county that adds categories maps them here.
 */
public record KindMapping(Map<String, MatterKind> byPrefix, MatterKind fallback) {

  public KindMapping {
    byPrefix = Map.copyOf(byPrefix);
    byPrefix
        .keySet()
        .forEach(
            p -> {
              if (p.isBlank()) {
                throw new IllegalArgumentException("a category prefix is not blank");
              }
            });
    Objects.requireNonNull(fallback, "fallback");
  }

  /** The seed taxonomy's categories: {@code dispute.*} and the five event kinds of 6.4.1.1. */
  public static KindMapping defaults() {
    Map<String, MatterKind> m = new LinkedHashMap<>();
    m.put("dispute.", MatterKind.DISPUTE);
    m.put("event.petition", MatterKind.PETITION);
    m.put("event.stability", MatterKind.STABILITY_EVENT);
    m.put("event.safety_hazard", MatterKind.SAFETY_HAZARD);
    m.put("event.public_demand", MatterKind.PUBLIC_DEMAND);
    m.put("event.emergency", MatterKind.EMERGENCY);
    m.put("event.epidemic", MatterKind.EPIDEMIC);
    return new KindMapping(m, MatterKind.OTHER);
  }

  /** This mapping with one prefix added or replaced. */
  public KindMapping with(String prefix, MatterKind kind) {
    Map<String, MatterKind> m = new LinkedHashMap<>(byPrefix);
    m.put(prefix, kind);
    return new KindMapping(m, fallback);
  }

  public MatterKind kindOf(String categoryCode) {
    return byPrefix.keySet().stream()
        .filter(categoryCode::startsWith)
        .max(Comparator.comparingInt(String::length))
        .map(byPrefix::get)
        .orElse(fallback);
  }
}
