package org.db3311.sgc.core.assessment.profile;

/** Kinds of staff post (4.2 人员配置, 7.3.1, 7.4.1.1). */
public enum PostKind implements Term {
  MANAGEMENT("管理部门人员", "management body staff"),
  COMPREHENSIVE_WINDOW("综合窗口人员", "comprehensive window staff"),
  BUSINESS_WINDOW("业务窗口人员", "business window staff"),
  UNIT_STAFF("进驻部门人员", "staff of an entered unit"),
  ARCHIVES("档案管理人员", "archive staff"),
  SECURITY("安保人员", "security staff"),
  OTHER("其他人员", "other staff");

  private final String zh;
  private final String en;

  PostKind(String zh, String en) {
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
