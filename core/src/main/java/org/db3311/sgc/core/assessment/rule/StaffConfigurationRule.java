package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.2.1 — the center staffs itself according to the management body's functions: at least one
 * management post is held. Whether the numbers suffice is for an inspector; software only sees that
 * the body is not an empty shell.
 */
@Implements("4.2.1")
final class StaffConfigurationRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    int managementStaff = 0;
    int allStaff = 0;
    for (StaffPost p : center.staff()) {
      allStaff += p.holders().size();
      if (p.kind() == PostKind.MANAGEMENT) {
        managementStaff += p.holders().size();
      }
    }
    Gaps gaps = new Gaps();
    if (managementStaff == 0) {
      gaps.add("管理部门未配置工作人员", "no staff hold a management body post");
    }
    return verdict(
        List.of(Fact.of("managementStaff", managementStaff), Fact.of("allStaff", allStaff)),
        gaps,
        "管理部门配置工作人员" + managementStaff + "名",
        managementStaff + " staff hold management body posts");
  }
}
