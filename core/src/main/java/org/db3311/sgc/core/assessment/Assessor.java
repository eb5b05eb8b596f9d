package org.db3311.sgc.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.rule.CenterRule;
import org.db3311.sgc.core.assessment.rule.CenterRules;

/** Runs every center rule over a profile and assembles the report (核查). */
public final class Assessor implements AssessCenterUseCase {

  private final CenterRules rules;

  public Assessor(CenterRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** An assessor with the standard's rules. */
  public static Assessor standard() {
    return new Assessor(CenterRules.standard());
  }

  @Override
  public AssessmentReport assess(AssessCenter command) {
    return assess(command.center(), command.assessedOn(), command.mode());
  }

  /** A self-assessment (ruling R11). */
  public AssessmentReport assess(CenterProfile center, LocalDate assessedOn) {
    return assess(center, assessedOn, EvidenceMode.SELF_ASSESSMENT);
  }

  /** An assessment in the given evidence mode (ruling R11), stated on the report. */
  public AssessmentReport assess(CenterProfile center, LocalDate assessedOn, EvidenceMode mode) {
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(mode, "mode");
    List<Finding> findings = new ArrayList<>(rules.size());
    for (CenterRule rule : rules.all()) {
      findings.add(rule.check(center, assessedOn, mode));
    }
    return new AssessmentReport(center.county(), center.tier(), assessedOn, mode, findings);
  }

  public CenterRules rules() {
    return rules;
  }
}
