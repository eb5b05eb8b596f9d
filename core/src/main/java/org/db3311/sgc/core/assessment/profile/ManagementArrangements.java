package org.db3311.sgc.core.assessment.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The management arrangements of chapter 7 that are facts of the center (日常管理).
 *
 * @param regulations rules established (7.1, 7.4.2, 7.4.3)
 * @param visitorScreening whether visitors are screened by security (7.4.1.1)
 * @param accessControl whether staff enter through an access-control system (7.4.1.2)
 * @param fireDrills days on which fire drills were held (7.4.2.1)
 * @param emergencyPlan whether an internal emergency plan exists (7.4.2.2)
 * @param emergencySafetyTrainings days on which emergency-safety training was held (7.4.2.2)
 */
public record ManagementArrangements(
    Set<ManagementRegulation> regulations,
    boolean visitorScreening,
    boolean accessControl,
    List<LocalDate> fireDrills,
    boolean emergencyPlan,
    List<LocalDate> emergencySafetyTrainings) {

  /** A center with no recorded arrangements. */
  public static final ManagementArrangements NONE =
      new ManagementArrangements(Set.of(), false, false, List.of(), false, List.of());

  public ManagementArrangements {
    regulations = Checks.enums(ManagementRegulation.class, regulations, "regulations");
    fireDrills = Checks.list(fireDrills, "fire drills");
    fireDrills.forEach(d -> Checks.day(d, "fire drill"));
    emergencySafetyTrainings = Checks.list(emergencySafetyTrainings, "emergency trainings");
    emergencySafetyTrainings.forEach(d -> Checks.day(d, "emergency training"));
  }
}
