package org.db3311.sgc.core.assessment.profile;

/** Hardware of the communications system (8.1.2). */
public enum NetworkEquipment implements Term {
  CORE_SWITCH("核心交换机", "core switch"),
  WIRED_SWITCH("有线交换机", "wired switch"),
  FIREWALL("防火墙", "firewall"),
  BASTION_HOST("堡垒机", "bastion host"),
  NETWORK_GATEKEEPER("网闸", "network gatekeeper"),
  CABLE_CONTROLLER("网线控制器", "cable controller"),
  POE_SWITCH("POE交换机", "PoE switch"),
  CEILING_AP("吸顶AP", "ceiling access point"),
  NETWORK_MANAGEMENT_SOFTWARE("网管软件", "network-management software");

  private final String zh;
  private final String en;

  NetworkEquipment(String zh, String en) {
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
