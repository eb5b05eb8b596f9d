package org.db3311.sgc.core.assessment.profile;

/** Units named by Appendix A (地区常驻单位), and any other unit. */
public enum UnitKind implements Term {
  COUNTY_COMPREHENSIVE_GOVERNANCE_CENTER("县级综治中心", "county comprehensive-governance center"),
  PEOPLES_VISITS_RECEPTION_CENTER("人民来访接待中心", "people's visits reception center"),
  LITIGATION_SERVICE_CENTER("诉讼服务中心", "litigation service center"),
  PUBLIC_LEGAL_SERVICE_CENTER("公共法律服务中心", "public legal service center"),
  ADMINISTRATIVE_DISPUTE_MEDIATION_CENTER("行政争议调解中心", "administrative dispute mediation center"),
  PROCURATORATE_SERVICE_CENTER_12309("12309检察服务中心", "12309 procuratorate service center"),
  SOCIAL_GOVERNANCE_COMMAND_CENTER("社会治理综合指挥中心", "social-governance command center"),
  GOVERNMENT_SERVICE_CENTER_12345("12345政务服务中心", "12345 government service center"),
  LABOUR_DISPUTE_ARBITRATION_COURT("劳动人事争议仲裁院", "labour and personnel dispute arbitration court"),
  OTHER("其他单位", "other unit");

  private final String zh;
  private final String en;

  UnitKind(String zh, String en) {
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
