package org.db3311.sgc.core.assessment.rule;

import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.ASSET_MANAGEMENT;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.DAILY_OPERATION;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.DOCUMENT_MANAGEMENT;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.REGULAR_MEETING;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.SEAL_MANAGEMENT;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.SERVICE_MANAGEMENT;
import static org.db3311.sgc.core.assessment.profile.ManagementRegulation.STAFF_ASSESSMENT;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 7.1 — daily operation and service management rules, including staff assessment, regular meetings,
 * assets, seals and official documents.
 */
@Implements("7.1")
final class ManagementRegulationsRule extends ClauseRule {

  private static final List<ManagementRegulation> REQUIRED =
      List.of(
          DAILY_OPERATION,
          SERVICE_MANAGEMENT,
          STAFF_ASSESSMENT,
          REGULAR_MEETING,
          ASSET_MANAGEMENT,
          SEAL_MANAGEMENT,
          DOCUMENT_MANAGEMENT);

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    gaps.missing(
        "管理制度", "management rules", Gaps.missingFrom(REQUIRED, center.management().regulations()));
    return verdict(
        List.of(Fact.of("regulations", center.management().regulations())),
        gaps,
        "已建立日常运行管理制度和各项服务管理制度",
        "daily operation and service management rules are established");
  }
}
