package org.db3311.sgc.core.assessment.profile;

/** Where a sign is placed (5.3). */
public enum SignLocation implements Term {
  FACADE("外立面", "facade"),
  HALL_ENTRANCE("接待大厅入口", "reception hall entrance"),
  HALL("接待大厅", "reception hall"),
  OTHER("其他位置", "elsewhere");

  private final String zh;
  private final String en;

  SignLocation(String zh, String en) {
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
