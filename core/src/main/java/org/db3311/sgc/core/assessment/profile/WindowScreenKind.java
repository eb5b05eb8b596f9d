package org.db3311.sgc.core.assessment.profile;

/** How a window shows its function above it (5.3.5: 电子屏幕等方式). */
public enum WindowScreenKind implements Term {
  ELECTRONIC_SCREEN("电子屏幕", "electronic screen"),
  OTHER("其他方式", "other means");

  private final String zh;
  private final String en;

  WindowScreenKind(String zh, String en) {
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
