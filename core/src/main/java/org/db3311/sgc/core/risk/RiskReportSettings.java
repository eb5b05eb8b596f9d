package org.db3311.sgc.core.risk;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.warning.WarningLevel;

/**
 * How reports are drafted: the center's zone, who owns measures (a unit per category, else the risk
 * desk), which warnings are major risks, when a category counts as rising, and how long a measure
 * has.
 */
public record RiskReportSettings(
    ZoneId zone,
    UnitId riskDesk,
    Map<String, UnitId> categoryOwners,
    WarningLevel majorFrom,
    int risingMinCount,
    int risingMinPercent,
    int measureDueDays) {

  public RiskReportSettings {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(riskDesk, "riskDesk");
    categoryOwners = Map.copyOf(categoryOwners);
    Objects.requireNonNull(majorFrom, "majorFrom");
    if (risingMinCount < 1 || risingMinPercent < 1 || measureDueDays < 1) {
      throw new IllegalArgumentException("rising thresholds and the measure period are positive");
    }
  }

  /** Orange and red are major; rising means ≥ 10 matters and ≥ 30 % up; measures get 30 days. */
  public static RiskReportSettings defaults(ZoneId zone, UnitId riskDesk) {
    return new RiskReportSettings(zone, riskDesk, Map.of(), WarningLevel.ORANGE, 10, 30, 30);
  }

  public UnitId ownerOf(String category) {
    return categoryOwners.getOrDefault(category, riskDesk);
  }
}
