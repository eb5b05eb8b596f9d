package org.db3311.sgc.core.assessment.profile;

/**
 * Function zones of the center (5.1.2 专门场所设置). The two tiers' clauses name one zone differently:
 * 5.1.2.2.1 writes 矛盾纠纷调处化解区, 5.1.2.2.2 矛盾调处化解区; {@link #zh(Tier)} gives each clause's own wording.
 */
public enum ZoneKind implements Term {
  RECEPTION("综合接待区", "reception zone"),
  DISPUTE_RESOLUTION("矛盾纠纷调处化解区", "矛盾调处化解区", "dispute-resolution zone"),
  INTEGRATED_COMMAND("社会治理综合指挥区", "integrated command zone"),
  SERVICE_SUPPORT("服务保障区", "service-support zone");

  private final String zh;
  private final String tier2Zh;
  private final String en;

  ZoneKind(String zh, String en) {
    this(zh, zh, en);
  }

  ZoneKind(String zh, String tier2Zh, String en) {
    this.zh = zh;
    this.tier2Zh = tier2Zh;
    this.en = en;
  }

  /** The name as 5.1.2.2.1 (tier 1) writes it. */
  @Override
  public String zh() {
    return zh;
  }

  /** The name as the tier's own clause writes it (5.1.2.2.1 for tier 1, 5.1.2.2.2 for tier 2). */
  public String zh(Tier tier) {
    return tier == Tier.TIER_2 ? tier2Zh : zh;
  }

  @Override
  public String en() {
    return en;
  }
}
