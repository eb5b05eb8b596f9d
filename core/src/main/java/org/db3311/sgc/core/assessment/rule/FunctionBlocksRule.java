package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.1.2.1 — windows are set up and the hall is divided into the three large blocks: comprehensive
 * intake, dispute resolution and integrated command.
 */
@Implements("5.1.2.1")
final class FunctionBlocksRule extends ClauseRule {

  private static final List<ZoneKind> BLOCKS =
      List.of(ZoneKind.RECEPTION, ZoneKind.DISPUTE_RESOLUTION, ZoneKind.INTEGRATED_COMMAND);

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    List<ZoneKind> missing = new ArrayList<>();
    for (ZoneKind k : BLOCKS) {
      if (!center.hasZone(k)) {
        missing.add(k);
      }
    }
    Gaps gaps = new Gaps();
    gaps.missing("功能区块", "function block", missing);
    if (center.windows().isEmpty()) {
      gaps.add("未设置窗口", "no service windows");
    }
    return verdict(
        List.of(
            Fact.of("zones", center.zones().stream().map(z -> z.kind()).toList()),
            Fact.of("windows", center.windows().size())),
        gaps,
        "已设置窗口并划分综合受理、矛盾纠纷调处化解、社会治理综合指挥区块",
        "windows are set up and the intake, dispute-resolution and command blocks are laid out");
  }
}
