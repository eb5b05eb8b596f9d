package org.db3311.sgc.core.assessment.profile;

/** Functions hosted in a zone, worded exactly as 5.1.2.2.1–5.1.2.2.3 list them (ruling R2). */
public enum ZoneFunction implements Term {
  SECURITY_CHECK("安检", "security check"),
  WAITING("等候", "waiting"),
  COMPREHENSIVE_INTAKE("综合受理", "comprehensive intake"),
  BUSINESS_HANDLING("业务办理", "business handling"),
  PETITIONS("信访", "petitions"),
  LEADER_RECEPTION("领导接访", "leader reception"),
  MEDIATION("调解", "mediation"),
  LITIGATION("诉讼", "litigation"),
  ARBITRATION("仲裁", "arbitration"),
  ADMINISTRATIVE_RECONSIDERATION("行政复议", "administrative reconsideration"),
  EMOTIONAL_COUNSELLING("情绪疏导", "emotional counselling"),
  PUBLIC_LEGAL_SERVICES("公共法律服务", "public legal services"),
  EVENT_HANDLING("事件处置", "event handling"),
  RISK_ANALYSIS("风险分析研判", "risk analysis"),
  EMERGENCY_CONTROL_IDENTIFICATION("应急管控识别", "emergency control and identification"),
  EPIDEMIC_CONTROL("疫情防控", "epidemic control"),
  GRASSROOTS_GUIDANCE("业务指导", "grassroots guidance"),
  COORDINATED_COMMAND("综合协调指挥", "coordinated command"),
  GOVERNMENT_HOTLINE("政务热线", "government hotline"),
  EMERGENCY_DUTY("应急值班", "emergency duty"),
  EPIDEMIC_CONTROL_COMMAND("疫情防控指挥", "epidemic-control command"),
  SECURITY("安全保卫", "security"),
  ARCHIVES("档案管理", "archives"),
  LOGISTICS("后勤服务", "logistics");

  private final String zh;
  private final String en;

  ZoneFunction(String zh, String en) {
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
