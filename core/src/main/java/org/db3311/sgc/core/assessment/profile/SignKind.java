package org.db3311.sgc.core.assessment.profile;

/** Kinds of sign (5.3 标识要求; appendices B and C). */
public enum SignKind implements Term {
  NAME_PLATE("标牌", "name plate"),
  BRASS_PLATE("铜牌", "brass plate"),
  ONE_PLACE_LOGO("最多跑一地标志", "“at most one place” logo"),
  ZONE_MAP("功能区分布图", "function-zone map"),
  NO_SMOKING("禁烟标志", "no-smoking sign"),
  FIRE_SAFETY("消防安全标志", "fire-safety sign"),
  SAFETY("安全标志", "safety sign"),
  PUBLIC_INFORMATION("公共信息标志", "public-information sign"),
  OTHER("其他标志", "other sign");

  private final String zh;
  private final String en;

  SignKind(String zh, String en) {
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
