package org.db3311.sgc.core.epidemic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Checks that training is regular and as needed and that drills are routine (6.7.1.2) over a span
 * of days: every gap between consecutive exercises of a kind, counting from the span's start and to
 * its end, is at most the policy's interval; and each switch into wartime is followed by a training
 * within the policy's days.
 */
@Implements("6.7.1.2")
final class ExerciseRegularity {

  private final RegularityPolicy policy;

  public ExerciseRegularity(RegularityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public List<RegularityFinding> check(
      List<Exercise> exercises,
      List<ModeSwitch> switches,
      LocalDate from,
      LocalDate to,
      java.time.ZoneId zone) {
    List<RegularityFinding> findings = new ArrayList<>();
    gaps(Exercise.Kind.TRAINING, policy.maxDaysBetweenTrainings(), exercises, from, to, findings);
    gaps(Exercise.Kind.DRILL, policy.maxDaysBetweenDrills(), exercises, from, to, findings);
    for (ModeSwitch s : switches) {
      if (s.to() != EpidemicMode.WARTIME) {
        continue;
      }
      LocalDate declared = LocalDate.ofInstant(s.at(), zone);
      LocalDate by = declared.plusDays(policy.trainingAfterWartimeDays());
      if (declared.isBefore(from) || by.isAfter(to)) {
        continue;
      }
      boolean trained =
          exercises.stream()
              .anyMatch(
                  e ->
                      e.kind() == Exercise.Kind.TRAINING
                          && !e.date().isBefore(declared)
                          && !e.date().isAfter(by));
      if (!trained) {
        findings.add(
            new RegularityFinding(
                Exercise.Kind.TRAINING,
                declared,
                by,
                "no training within "
                    + policy.trainingAfterWartimeDays()
                    + " days of wartime declared on "
                    + declared));
      }
    }
    return findings;
  }

  private static void gaps(
      Exercise.Kind kind,
      int maxDays,
      List<Exercise> all,
      LocalDate from,
      LocalDate to,
      List<RegularityFinding> out) {
    List<LocalDate> dates =
        all.stream()
            .filter(e -> e.kind() == kind && !e.date().isBefore(from) && !e.date().isAfter(to))
            .map(Exercise::date)
            .sorted()
            .distinct()
            .toList();
    LocalDate previous = from;
    for (LocalDate d : dates) {
      if (ChronoUnit.DAYS.between(previous, d) > maxDays) {
        out.add(gap(kind, previous, d, maxDays));
      }
      previous = d;
    }
    if (ChronoUnit.DAYS.between(previous, to) > maxDays) {
      out.add(gap(kind, previous, to, maxDays));
    }
  }

  private static RegularityFinding gap(Exercise.Kind kind, LocalDate a, LocalDate b, int max) {
    return new RegularityFinding(
        kind, a, b, kind + " gap of " + ChronoUnit.DAYS.between(a, b) + " days exceeds " + max);
  }
}
