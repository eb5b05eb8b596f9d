package org.db3311.sgc.core.assessment.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.DisplayComponent;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.Resolution;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 8.1.3 — the display system has a screen of at least 70 inches with a physical resolution of at
 * least 1920×1080, and a bracket, wall controller, microphone, camera and wall speakers.
 *
 * <p>One qualifying screen meets the clause: smaller screens elsewhere in the center (a desk
 * monitor) are not the "display system" the clause sizes, so adding one never makes a center fail.
 */
@Implements("8.1.3")
final class DisplaySystemRule extends ClauseRule {

  static final BigDecimal MINIMUM_INCHES = new BigDecimal("70");
  static final Resolution MINIMUM_RESOLUTION = new Resolution(1920, 1080);
  private static final List<DisplayComponent> REQUIRED = List.of(DisplayComponent.values());

  static boolean qualifies(Display d) {
    return d.sizeInches().compareTo(MINIMUM_INCHES) >= 0
        && d.physicalResolution().isAtLeast(MINIMUM_RESOLUTION);
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Hardware hw = center.hardware();
    Display qualifying = null;
    List<String> described = new ArrayList<>();
    for (Display d : hw.displays()) {
      described.add(
          d.name() + " " + d.sizeInches().toPlainString() + "\" " + d.physicalResolution());
      if (qualifying == null && qualifies(d)) {
        qualifying = d;
      }
    }
    Gaps gaps = new Gaps();
    if (qualifying == null) {
      String seen = described.isEmpty() ? "未记录显示屏" : "现有：" + String.join("、", described);
      String seenEn =
          described.isEmpty() ? "no screens recorded" : "has: " + String.join(", ", described);
      gaps.add(
          "没有尺寸不小于70英寸且物理分辨率达到1920×1080的显示屏（" + seen + "）",
          "no screen of at least 70 inches with a physical resolution of at least 1920×1080 ("
              + seenEn
              + ")");
    }
    gaps.missing(
        "显示系统组件", "display system component", Gaps.missingFrom(REQUIRED, hw.displayComponents()));
    return verdict(
        List.of(
            Fact.of("displays", described), Fact.of("displayComponents", hw.displayComponents())),
        gaps,
        "显示屏" + (qualifying == null ? "" : qualifying.name()) + "不小于70英寸、物理分辨率达到1920×1080，组件齐全",
        "screen "
            + (qualifying == null ? "" : qualifying.name())
            + " is at least 70 inches and 1920×1080, with all components");
  }
}
