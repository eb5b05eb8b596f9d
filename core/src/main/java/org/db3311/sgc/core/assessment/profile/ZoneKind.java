package org.db3311.sgc.core.assessment.profile;

/** Function zones of the center (5.1.2 专门场所设置). */
public enum ZoneKind implements Term {
  RECEPTION("综合接待区", "reception zone"),
  DISPUTE_RESOLUTION("矛盾纠纷调处化解区", "dispute-resolution zone"),
  INTEGRATED_COMMAND("社会治理综合指挥区", "integrated command zone"),
  SERVICE_SUPPORT("服务保障区", "service-support zone");

  private final String zh;
  private final String en;

  ZoneKind(String zh, String en) {
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
