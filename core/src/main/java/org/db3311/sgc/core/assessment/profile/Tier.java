package org.db3311.sgc.core.assessment.profile;

/** Area classification of the county (地区分类), declared by the deployment (ruling R1). */
public enum Tier implements Term {
  TIER_1("一类地区", "tier 1"),
  TIER_2("二类地区", "tier 2");

  private final String zh;
  private final String en;

  Tier(String zh, String en) {
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
