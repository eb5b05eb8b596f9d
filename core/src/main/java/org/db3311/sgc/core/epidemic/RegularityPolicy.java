package org.db3311.sgc.core.epidemic;

/**
 * How regular training and drills must be: at most so many days between trainings and between
 * drills, and a training within so many days of wartime being declared (按需). The standard says
 * “regularly” and “routinely” without numbers, so these are the deployment's data.
 */
public record RegularityPolicy(
    int maxDaysBetweenTrainings, int maxDaysBetweenDrills, int trainingAfterWartimeDays) {
  public RegularityPolicy {
    if (maxDaysBetweenTrainings < 1 || maxDaysBetweenDrills < 1 || trainingAfterWartimeDays < 1) {
      throw new IllegalArgumentException("regularity intervals are positive");
    }
  }

  /** A training each quarter, a drill each half-year, a training within a week of wartime. */
  public static RegularityPolicy defaults() {
    return new RegularityPolicy(92, 183, 7);
  }
}
