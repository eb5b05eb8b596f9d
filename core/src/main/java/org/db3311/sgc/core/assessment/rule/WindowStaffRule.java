package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.PostHolder;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.2.3 — posts with special requirements are held only by people whose certificate is in force on
 * the assessment day (持证上岗); the experience and skills of window staff need an attestation (R6).
 */
@Implements({"4.2.3", "R6"})
final class WindowStaffRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    List<String> uncertifiedZh = new ArrayList<>();
    List<String> uncertifiedEn = new ArrayList<>();
    int certifiedPosts = 0;
    for (StaffPost post : center.staff()) {
      if (post.requiredCertificate().isEmpty()) {
        continue;
      }
      certifiedPosts++;
      String certificate = post.requiredCertificate().get();
      for (PostHolder h : post.holders()) {
        if (!h.holdsValid(certificate, assessedOn)) {
          uncertifiedZh.add(post.title() + "：" + h.name() + "无有效的" + certificate);
          uncertifiedEn.add(post.title() + ": " + h.name() + " holds no valid " + certificate);
        }
      }
    }
    Gaps gaps = new Gaps();
    if (!uncertifiedZh.isEmpty()) {
      gaps.add(
          "特殊岗位未持证上岗（" + String.join("；", uncertifiedZh) + "）",
          "special posts held without a valid certificate ("
              + String.join("; ", uncertifiedEn)
              + ")");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(
            Fact.of("postsRequiringCertificate", certifiedPosts),
            Fact.of("holdersWithoutValidCertificate", uncertifiedEn.size())),
        gaps,
        "综合窗口人员具备接待经验、熟悉各部门受理范围，业务窗口人员具备服务技能并懂业务",
        "comprehensive window staff are experienced and know every department's remit, and"
            + " business window staff are skilled in their business");
  }
}
