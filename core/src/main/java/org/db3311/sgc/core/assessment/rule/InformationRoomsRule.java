package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.HardwareRoom;
import org.db3311.sgc.core.assessment.profile.HardwareSystem;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 8.1.1 — an information network room and a communications room, and the communications, display
 * and video-conference systems.
 */
@Implements("8.1.1")
final class InformationRoomsRule extends ClauseRule {

  private static final List<HardwareRoom> ROOMS = List.of(HardwareRoom.values());
  private static final List<HardwareSystem> SYSTEMS = List.of(HardwareSystem.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Hardware hw = center.hardware();
    Gaps gaps = new Gaps();
    gaps.missing("机房", "room", Gaps.missingFrom(ROOMS, hw.rooms()));
    gaps.missing("系统", "system", Gaps.missingFrom(SYSTEMS, hw.systems()));
    return verdict(
        List.of(Fact.of("rooms", hw.rooms()), Fact.of("systems", hw.systems())),
        gaps,
        "信息网络用房、通信机房及通信、显示、视频会议系统齐全",
        "network and communications rooms and the communications, display and video-conference"
            + " systems are in place");
  }
}
