package org.db3311.sgc.core.epidemic;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;

/**
 * What a mode means for epidemic-related matters: the time allowed for each stage, and where they
 * are routed — by category to the responsible unit, or, when {@code routeAllTo} is set (wartime),
 * all to the epidemic-control command.
 */
public record ModePolicy(
    Map<Stage, Duration> limits,
    Map<String, UnitId> routeByCategory,
    UnitId defaultUnit,
    Optional<UnitId> routeAllTo) {

  public ModePolicy {
    Map<Stage, Duration> l = new EnumMap<>(Stage.class);
    l.putAll(limits);
    if (l.size() != Stage.values().length) {
      throw new IllegalArgumentException("a time limit for every stage of the loop");
    }
    l.values()
        .forEach(
            d -> {
              if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("time limits are positive");
              }
            });
    limits = Collections.unmodifiableMap(l);
    routeByCategory = Map.copyOf(routeByCategory);
    Objects.requireNonNull(defaultUnit, "defaultUnit");
    Objects.requireNonNull(routeAllTo, "routeAllTo");
  }

  /** Where a matter of the category goes in this mode. */
  public UnitId routeFor(String category) {
    return routeAllTo.orElseGet(() -> routeByCategory.getOrDefault(category, defaultUnit));
  }

  public Duration limit(Stage stage) {
    return limits.get(stage);
  }

  /**
   * Peacetime: a day to analyse and route, five to handle, a day each for feedback and assessment.
   */
  public static ModePolicy peacetime(Map<String, UnitId> routeByCategory, UnitId defaultUnit) {
    Map<Stage, Duration> l = new EnumMap<>(Stage.class);
    l.put(Stage.ANALYSIS, Duration.ofDays(1));
    l.put(Stage.ROUTING, Duration.ofDays(1));
    l.put(Stage.HANDLING, Duration.ofDays(5));
    l.put(Stage.SUPERVISION_FEEDBACK, Duration.ofDays(1));
    l.put(Stage.ASSESSMENT, Duration.ofDays(3));
    return new ModePolicy(l, routeByCategory, defaultUnit, Optional.empty());
  }

  /** Wartime: an hour to analyse, half an hour to route, a day to handle, all to the command. */
  public static ModePolicy wartime(UnitId command) {
    Map<Stage, Duration> l = new EnumMap<>(Stage.class);
    l.put(Stage.ANALYSIS, Duration.ofHours(1));
    l.put(Stage.ROUTING, Duration.ofMinutes(30));
    l.put(Stage.HANDLING, Duration.ofHours(24));
    l.put(Stage.SUPERVISION_FEEDBACK, Duration.ofHours(2));
    l.put(Stage.ASSESSMENT, Duration.ofDays(1));
    return new ModePolicy(l, Map.of(), command, Optional.of(command));
  }
}
