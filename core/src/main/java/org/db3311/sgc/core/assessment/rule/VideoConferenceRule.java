package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.VideoConference;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 8.1.4 — a video-conference system able to transmit at least 1080p, with professional speakers, a
 * mixing console, an audio processor, microphones and an HD video terminal.
 */
@Implements("8.1.4")
final class VideoConferenceRule extends ClauseRule {

  static final int MINIMUM_LINES = 1080;
  private static final List<VideoConferenceComponent> REQUIRED =
      List.of(VideoConferenceComponent.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    if (center.hardware().videoConference().isEmpty()) {
      gaps.add("没有视频会议系统", "no video-conference system");
      return shortfall(List.of(Fact.of("videoConference", "none")), gaps);
    }
    VideoConference vc = center.hardware().videoConference().get();
    if (vc.progressiveLines() < MINIMUM_LINES) {
      gaps.add(
          "视频会议传输能力为" + vc.progressiveLines() + "P，低于1080P",
          "video conferencing transmits " + vc.progressiveLines() + "p, below 1080p");
    }
    gaps.missing(
        "视频会议组件", "video-conference component", Gaps.missingFrom(REQUIRED, vc.components()));
    return verdict(
        List.of(
            Fact.of("transmission", vc.progressiveLines() + "p"),
            Fact.of("components", vc.components())),
        gaps,
        "视频会议系统具备" + vc.progressiveLines() + "P高清传输能力，组件齐全",
        "video conferencing transmits " + vc.progressiveLines() + "p with all components");
  }
}
