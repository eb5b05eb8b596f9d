package org.db3311.sgc.core.assessment.profile;

/** How a unit enters the center (4.1.3.1 入驻方式). */
public enum EntryMode implements Term {
  RESIDENT("常驻", "resident"),
  ROTATING("轮驻", "rotating"),
  PHASED("阶段性入驻", "phased"),
  ON_CALL("随叫随驻", "on call");

  private final String zh;
  private final String en;

  EntryMode(String zh, String en) {
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
