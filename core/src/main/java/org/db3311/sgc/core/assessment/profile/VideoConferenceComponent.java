package org.db3311.sgc.core.assessment.profile;

/** Parts of the video-conference system (8.1.4). */
public enum VideoConferenceComponent implements Term {
  PROFESSIONAL_SPEAKERS("专业音箱", "professional speakers"),
  MIXER("调音台", "mixing console"),
  AUDIO_PROCESSOR("音频处理器", "audio processor"),
  MICROPHONES("话筒", "microphones"),
  HD_VIDEO_TERMINAL("高清视频终端", "HD video terminal");

  private final String zh;
  private final String en;

  VideoConferenceComponent(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
