package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.5 — a function-zone map in a prominent place, and above every window an electronic screen (or
 * other means) showing the window's function.
 */
@Implements({"5.3.5", "R6"})
final class ZoneMapAndWindowScreensRule extends AttestedClauseRule {

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    boolean zoneMap = !center.signs(SignKind.ZONE_MAP).isEmpty();
    List<String> unmarked = new ArrayList<>();
    for (ServiceWindow w : center.windows()) {
      if (w.screen().isEmpty()) {
        unmarked.add(w.label());
      }
    }
    Gaps gaps = new Gaps();
    if (!zoneMap) {
      gaps.add("醒目位置没有功能区分布图", "no function-zone map in a prominent place");
    }
    if (!unmarked.isEmpty()) {
      gaps.add(
          "以下窗口正上方未标示窗口功能：" + String.join("、", unmarked),
          "no screen showing the function above window(s): " + String.join(", ", unmarked));
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(
            Fact.of("zoneMap", zoneMap),
            Fact.of("windows", center.windows().size()),
            Fact.of("windowsWithoutScreen", unmarked)),
        gaps,
        "醒目位置设有标注公共服务设施和窗口位置的功能区分布图，窗口正上方标示窗口功能",
        "a prominent function-zone map marks the public facilities and windows, and every window"
            + " shows its function above it");
  }
}
