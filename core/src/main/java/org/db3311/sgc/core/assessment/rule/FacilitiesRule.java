package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.catalog.Implements;

/** 5.2 — office, service and public facilities for daily operation, every one the clause names. */
@Implements("5.2")
final class FacilitiesRule extends ClauseRule {

  private static final List<Facility> REQUIRED = List.of(Facility.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    gaps.missing("设施", "facility", Gaps.missingFrom(REQUIRED, center.facilities()));
    return verdict(
        List.of(Fact.of("facilities", center.facilities())),
        gaps,
        "办公、服务、公共设施齐全",
        "office, service and public facilities are all present");
  }
}
