package org.db3311.sgc.core.emergency;

import org.db3311.sgc.core.catalog.Implements;

/**
 * Suggests a grade from the impact (按事件紧急或影响程度及时研判, 6.6.1.p2): the first grade any threshold
 * reaches; a spreading incident is raised one grade. The defaults follow the production-safety
 * accident classes (deaths 30/10/3, injured 100/50/10); the social-security classes of the 2024
 * revision were not checked, so they are data, not code.
 *
 * @param deaths thresholds for grades I, II, III
 * @param injured thresholds for grades I, II, III
 * @param affected thresholds for grades I, II, III
 */
@Implements("6.6.1.p2")
public record GradingPolicy(int[] deaths, int[] injured, int[] affected) {

  public GradingPolicy {
    for (int[] t : new int[][] {deaths, injured, affected}) {
      if (t == null || t.length != 3 || !(t[0] >= t[1] && t[1] >= t[2] && t[2] > 0)) {
        throw new IllegalArgumentException(
            "three falling positive thresholds for grades I, II, III");
      }
    }
    deaths = deaths.clone();
    injured = injured.clone();
    affected = affected.clone();
  }

  public static GradingPolicy defaults() {
    return new GradingPolicy(
        new int[] {30, 10, 3}, new int[] {100, 50, 10}, new int[] {10_000, 1_000, 100});
  }

  public IncidentGrade suggest(ImpactAssessment impact) {
    int g = 3;
    for (int i = 2; i >= 0; i--) {
      if (impact.deaths() >= deaths[i]
          || impact.injured() >= injured[i]
          || impact.affected() >= affected[i]) {
        g = i;
      }
    }
    if (impact.spreading() && g > 0) {
      g--;
    }
    return IncidentGrade.values()[g];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradingPolicy p
        && java.util.Arrays.equals(deaths, p.deaths)
        && java.util.Arrays.equals(injured, p.injured)
        && java.util.Arrays.equals(affected, p.affected);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(deaths) * 31 + java.util.Arrays.hashCode(injured);
  }

  @Override
  public String toString() {
    return "GradingPolicy[deaths="
        + java.util.Arrays.toString(deaths)
        + ", injured="
        + java.util.Arrays.toString(injured)
        + ", affected="
        + java.util.Arrays.toString(affected)
        + "]";
  }
}
