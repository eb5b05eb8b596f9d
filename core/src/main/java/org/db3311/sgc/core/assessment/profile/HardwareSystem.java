package org.db3311.sgc.core.assessment.profile;

/** Information systems the center is equipped with (8.1.1). */
public enum HardwareSystem implements Term {
  COMMUNICATIONS("通信系统", "communications system"),
  DISPLAY("显示系统", "display system"),
  VIDEO_CONFERENCE("视频会议系统", "video-conference system");

  private final String zh;
  private final String en;

  HardwareSystem(String zh, String en) {
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
