package org.db3311.sgc.core.assessment.profile;

/** Kinds of social service forces a center should host (4.1.3.3 社会力量). */
public enum SocialForceKind implements Term {
  MEDIATION("调解", "mediation"),
  LEGAL_SERVICES("法律服务", "legal services"),
  NOTARY("公证", "notary"),
  FORENSIC_APPRAISAL("鉴定", "forensic appraisal"),
  VALUATION("评估", "valuation"),
  PSYCHOLOGICAL_SERVICES("心理服务", "psychological services"),
  SOCIAL_ASSISTANCE("社会帮扶", "social assistance"),
  PUBLIC_INTEREST_SERVICES("公益服务", "public-interest services"),
  INSURANCE("保险", "insurance");

  private final String zh;
  private final String en;

  SocialForceKind(String zh, String en) {
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
