package org.db3311.sgc.core.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/** Assesses a center's construction and management against the standard, clause by clause. */
public interface AssessCenterUseCase {

  AssessmentReport assess(AssessCenter command);

  /**
   * The center to assess, the day of the assessment, against which attestations and certificates
   * are judged valid or expired, and the evidence mode (ruling R11).
   *
   * @param center the center's profile
   * @param assessedOn the day of the assessment
   * @param mode self-assessment or inspection
   */
  record AssessCenter(CenterProfile center, LocalDate assessedOn, EvidenceMode mode) {
    public AssessCenter {
      Objects.requireNonNull(center, "center");
      Objects.requireNonNull(assessedOn, "assessedOn");
      Objects.requireNonNull(mode, "mode");
    }

    /** A self-assessment. */
    public AssessCenter(CenterProfile center, LocalDate assessedOn) {
      this(center, assessedOn, EvidenceMode.SELF_ASSESSMENT);
    }
  }
}
