package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.FunctionalDevice;
import org.db3311.sgc.core.catalog.Implements;

/** 8.1.5 — self-service terminals, court-hearing recorders and evidence presenters. */
@Implements("8.1.5")
final class FunctionalDevicesRule extends ClauseRule {

  private static final List<FunctionalDevice> REQUIRED = List.of(FunctionalDevice.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    gaps.missing(
        "职能设备",
        "functional device",
        Gaps.missingFrom(REQUIRED, center.hardware().functionalDevices()));
    return verdict(
        List.of(Fact.of("functionalDevices", center.hardware().functionalDevices())),
        gaps,
        "自助办理设备、庭审记录仪、证据展示设备齐全",
        "self-service terminals, court-hearing recorders and evidence presenters are in place");
  }
}
