package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.catalog.Implements;

/** 7.3.1 — full-time or part-time archive staff. */
@Implements("7.3.1")
final class ArchiveStaffRule extends ClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    int archivists = StaffCount.holding(center, PostKind.ARCHIVES);
    Gaps gaps = new Gaps();
    if (archivists == 0) {
      gaps.add("未配备专兼职档案管理工作人员", "no full-time or part-time archive staff");
    }
    return verdict(
        List.of(Fact.of("archiveStaff", archivists)),
        gaps,
        "配备档案管理工作人员" + archivists + "名",
        archivists + " archive staff");
  }
}
