package org.db3311.sgc.core.assessment.profile;

import java.util.Set;

/**
 * The video-conference system (视频会议系统, 8.1.4).
 *
 * @param progressiveLines the highest HD transmission it supports, in progressive lines (1080 for
 *     1080p)
 * @param components its components
 */
public record VideoConference(int progressiveLines, Set<VideoConferenceComponent> components) {

  public VideoConference {
    if (progressiveLines < 1 || progressiveLines > Resolution.MAX_PIXELS) {
      throw new IllegalArgumentException(
          "video-conference transmission must be 1p to "
              + Resolution.MAX_PIXELS
              + "p, not "
              + progressiveLines
              + "p");
    }
    components =
        Checks.enums(VideoConferenceComponent.class, components, "video-conference components");
  }
}
