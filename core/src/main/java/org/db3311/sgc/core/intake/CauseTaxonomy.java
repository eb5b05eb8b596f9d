package org.db3311.sgc.core.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The configurable list of causes (成因) a clerk records at intake, so the weekly report can sum up
 * the matters by cause (6.4.1.2). The standard and the domain facts give no official list of
 * causes; {@link #defaults()} is this project's seed, drawn from the dispute types it already uses
 * and the usual roots of petitions and public demands (economic interests, land and housing, family
 * and neighbourhood, policy, public services, safety). A deployment adds, renames or drops causes.
 */
@Implements("6.4.1.2")
public final class CauseTaxonomy {

  private final Map<String, Cause> byCode;

  public CauseTaxonomy(Collection<Cause> causes) {
    Map<String, Cause> m = new LinkedHashMap<>();
    for (Cause c : causes) {
      if (m.put(c.code(), c) != null) {
        throw new IllegalArgumentException("cause " + c.code() + " is defined twice");
      }
    }
    if (m.isEmpty()) {
      throw new IllegalArgumentException("a cause taxonomy needs at least one cause");
    }
    this.byCode = java.util.Collections.unmodifiableMap(m);
  }

  /** The seed list; see the class comment for where it comes from. */
  public static CauseTaxonomy defaults() {
    String[][] seed = {
      {"wage_arrears", "拖欠劳动报酬", "unpaid wages"},
      {"debt", "债权债务往来", "debts and payments"},
      {"contract_performance", "合同履行争议", "performance of a contract"},
      {"land_rights", "土地山林权属", "land and forest rights"},
      {"compensation", "征收补偿安置", "expropriation compensation and resettlement"},
      {"housing_quality", "房屋质量与物业服务", "housing quality and property services"},
      {"family_relations", "婚姻家庭关系", "marriage and family relations"},
      {"neighbourhood", "相邻关系与生活琐事", "neighbourhood and daily life"},
      {"personal_injury", "人身损害", "personal injury"},
      {"environment", "环境影响", "environmental impact"},
      {"policy", "政策落实与行政行为", "policy implementation and administrative acts"},
      {"public_service", "公共服务与设施", "public services and facilities"},
      {"safety", "安全隐患", "safety hazards"},
      {"other", "其他成因", "other cause"}
    };
    List<Cause> c = new ArrayList<>();
    for (String[] s : seed) {
      c.add(new Cause(s[0], s[1], s[2]));
    }
    return new CauseTaxonomy(c);
  }

  public Optional<Cause> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * @throws IllegalArgumentException when the taxonomy has no such cause
   */
  public Cause get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("no cause '" + code + "' is configured"));
  }

  public List<Cause> all() {
    return List.copyOf(byCode.values());
  }

  /** A taxonomy with one more cause, or one replaced by code. */
  public CauseTaxonomy with(Cause cause) {
    Map<String, Cause> m = new LinkedHashMap<>(byCode);
    m.put(cause.code(), cause);
    return new CauseTaxonomy(m.values());
  }
}
