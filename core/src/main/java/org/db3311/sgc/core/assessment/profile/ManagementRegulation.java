package org.db3311.sgc.core.assessment.profile;

/** Management rules the center has established (7.1 制度建设, 7.4.2, 7.4.3). */
public enum ManagementRegulation implements Term {
  DAILY_OPERATION("日常运行管理制度", "daily operation rules"),
  SERVICE_MANAGEMENT("服务管理制度", "service management rules"),
  STAFF_ASSESSMENT("人员考核制度", "staff assessment rules"),
  REGULAR_MEETING("中心例会制度", "regular meeting rules"),
  ASSET_MANAGEMENT("资产管理制度", "asset management rules"),
  SEAL_MANAGEMENT("印章管理制度", "seal management rules"),
  DOCUMENT_MANAGEMENT("公文管理制度", "official document rules"),
  FIRE_SAFETY("消防安全管理制度", "fire-safety management rules"),
  DUTY_ROSTER_24H("24小时值班备勤制度", "24-hour duty roster"),
  CONFIDENTIALITY("信息保密制度", "information confidentiality rules");

  private final String zh;
  private final String en;

  ManagementRegulation(String zh, String en) {
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
