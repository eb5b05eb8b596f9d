package org.db3311.sgc.core.assessment.profile;

/** Parts of the display system besides the screens (8.1.3). */
public enum DisplayComponent implements Term {
  BRACKET("支架", "bracket"),
  WALL_CONTROLLER("大屏控制器", "video-wall controller"),
  MICROPHONE("麦克风", "microphone"),
  CAMERA("视频摄像", "camera"),
  WALL_SPEAKERS("壁挂音箱", "wall-mounted speakers");

  private final String zh;
  private final String en;

  DisplayComponent(String zh, String en) {
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
