package org.db3311.sgc.core.assessment.profile;

/** Rooms for information systems (8.1.1). */
public enum HardwareRoom implements Term {
  NETWORK_ROOM("信息网络用房", "information network room"),
  COMMUNICATIONS_ROOM("通信机房", "communications equipment room");

  private final String zh;
  private final String en;

  HardwareRoom(String zh, String en) {
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
