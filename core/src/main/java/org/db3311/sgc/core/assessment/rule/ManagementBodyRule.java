package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ManagementBody;
import org.db3311.sgc.core.assessment.profile.ManagementFunction;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.1.2 — a dedicated management body, operating as a real entity, with coordination, operations
 * support, business management and supervision functions.
 */
@Implements("4.1.2")
final class ManagementBodyRule extends ClauseRule {

  private static final List<ManagementFunction> REQUIRED = List.of(ManagementFunction.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    if (center.managementBody().isEmpty()) {
      gaps.add("未设立管理机构", "no management body");
      return shortfall(List.of(Fact.of("managementBody", "none")), gaps);
    }
    ManagementBody body = center.managementBody().get();
    if (!body.dedicated()) {
      gaps.add("管理机构不是专门机构", "the management body is not a dedicated body");
    }
    if (!body.operatingForReal()) {
      gaps.add("管理机构未实体化运作", "the management body does not operate as a real entity");
    }
    gaps.missing("管理职能", "management function", Gaps.missingFrom(REQUIRED, body.functions()));
    return verdict(
        List.of(
            Fact.of("managementBody", body.name()),
            Fact.of("dedicated", body.dedicated()),
            Fact.of("operatingForReal", body.operatingForReal()),
            Fact.of("functions", body.functions())),
        gaps,
        "专门管理机构" + body.name() + "实体化运作，职能齐全",
        "dedicated management body " + body.name() + " operates for real with all functions");
  }
}
