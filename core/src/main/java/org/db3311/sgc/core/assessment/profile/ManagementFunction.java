package org.db3311.sgc.core.assessment.profile;

/** Functions of the center's management body (4.1.2 管理部门). */
public enum ManagementFunction implements Term {
  COORDINATION("综合协调", "comprehensive coordination"),
  OPERATIONS_SUPPORT("运行保障", "operations support"),
  BUSINESS_MANAGEMENT("业务管理", "business management"),
  SUPERVISION_INSPECTION("监管督查", "supervision and inspection");

  private final String zh;
  private final String en;

  ManagementFunction(String zh, String en) {
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
