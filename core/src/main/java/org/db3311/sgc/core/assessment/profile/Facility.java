package org.db3311.sgc.core.assessment.profile;

/** Facilities for daily operation (5.2 设施要求). */
public enum Facility implements Term {
  DESKS_AND_CHAIRS("桌椅", "desks and chairs"),
  TELEPHONES("电话机", "telephones"),
  COMPUTERS("计算机", "computers"),
  PRINTERS("打印机", "printers"),
  WAITING_SEATS("休息椅", "waiting seats"),
  WATER_DISPENSER("饮水机", "water dispenser"),
  GUIDE_DESK("导服台", "guide desk"),
  INFORMATION_KIOSK("信息查询设施", "information kiosk"),
  QUEUE_CALLING_SYSTEM("叫号系统", "queue-calling system"),
  PUBLIC_TOILETS("公共卫生间", "public toilets"),
  ACCESSIBILITY_FACILITIES("无障碍设施", "accessibility facilities"),
  SAFETY_FACILITIES("安全设施", "safety facilities"),
  CCTV("监控系统", "CCTV system");

  private final String zh;
  private final String en;

  Facility(String zh, String en) {
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
