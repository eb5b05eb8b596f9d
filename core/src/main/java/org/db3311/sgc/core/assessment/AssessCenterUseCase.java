package org.db3311.sgc.core.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/** Assesses a center's construction and management against the standard, clause by clause. */
public interface AssessCenterUseCase {

  AssessmentReport assess(AssessCenter command);

  /**
   * The center to assess and the day of the assessment, against which attestations and certificates
   * are judged valid or expired.
   *
   * @param center the center's profile
   * @param assessedOn the day of the assessment
   */
  record AssessCenter(CenterProfile center, LocalDate assessedOn) {
    public AssessCenter {
      Objects.requireNonNull(center, "center");
      Objects.requireNonNull(assessedOn, "assessedOn");
    }
  }
}
