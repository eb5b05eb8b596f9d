package org.db3311.sgc.core.assessment.profile;

/** Functional devices (8.1.5 职能设备). */
public enum FunctionalDevice implements Term {
  SELF_SERVICE_TERMINAL("自助办理设备", "self-service terminal"),
  COURT_HEARING_RECORDER("庭审记录仪", "court-hearing recorder"),
  EVIDENCE_PRESENTER("证据展示设备", "evidence presenter");

  private final String zh;
  private final String en;

  FunctionalDevice(String zh, String en) {
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
