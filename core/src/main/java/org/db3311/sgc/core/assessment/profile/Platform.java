package org.db3311.sgc.core.assessment.profile;

/** The two platforms every center contains (4.1.1 基本架构). */
public enum Platform implements Term {
  DISPUTE_RESOLUTION("矛盾纠纷调处化解平台", "dispute-resolution platform"),
  INTEGRATED_COMMAND("社会治理综合指挥平台", "integrated social-governance command platform");

  private final String zh;
  private final String en;

  Platform(String zh, String en) {
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
