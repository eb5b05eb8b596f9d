package org.db3311.sgc.core.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurable taxonomy of matters. {@link #defaults()} seeds it with the Ministry of Justice
 * style dispute types and the kinds of matter the center collects daily (6.4.1.1); a deployment
 * adds, renames or drops categories.
 */
public final class CategoryTaxonomy {

  private final Map<String, Category> byCode;

  public CategoryTaxonomy(Collection<Category> categories) {
    Map<String, Category> m = new LinkedHashMap<>();
    for (Category c : categories) {
      if (m.put(c.code(), c) != null) {
        throw new IllegalArgumentException("category " + c.code() + " is defined twice");
      }
    }
    if (m.isEmpty()) {
      throw new IllegalArgumentException("a taxonomy needs at least one category");
    }
    this.byCode = java.util.Collections.unmodifiableMap(m);
  }

  /** The seed taxonomy. */
  public static CategoryTaxonomy defaults() {
    List<Category> c = new ArrayList<>();
    String[][] disputes = {
      {"marriage_family", "婚姻家庭纠纷", "marriage and family"},
      {"neighbour", "邻里纠纷", "neighbours"},
      {"housing_homestead", "房屋宅基地纠纷", "housing and homestead"},
      {"contract", "合同纠纷", "contract"},
      {"business", "生产经营纠纷", "production and business"},
      {"damages", "损害赔偿纠纷", "damages"},
      {"forest_land", "山林土地纠纷", "forest and land"},
      {"land_acquisition", "征地拆迁纠纷", "land acquisition and demolition"},
      {"pollution", "环境污染纠纷", "environmental pollution"},
      {"labour", "劳动争议纠纷", "labour"},
      {"consumer", "消费纠纷", "consumer"},
      {"medical", "医疗纠纷", "medical"},
      {"traffic", "道路交通事故纠纷", "road traffic accident"},
      {"property_management", "物业纠纷", "property management"},
      {"village_affairs", "村务管理纠纷", "village affairs"},
      {"other", "其他纠纷", "other dispute"}
    };
    for (String[] d : disputes) {
      c.add(new Category("dispute." + d[0], d[1], d[2], Category.Kind.DISPUTE));
    }
    String[][] events = {
      {"petition", "信访问题", "petition (letters and visits)"},
      {"stability", "涉稳事件", "stability-related event"},
      {"safety_hazard", "平安隐患", "public-safety hazard"},
      {"public_demand", "群众诉求", "public demand"},
      {"other", "其他社会治理事件", "other governance event"}
    };
    for (String[] e : events) {
      c.add(new Category("event." + e[0], e[1], e[2], Category.Kind.EVENT));
    }
    return new CategoryTaxonomy(c);
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * @throws UnknownCategoryException when the taxonomy has no such category
   */
  public Category get(String code) {
    return find(code).orElseThrow(() -> new UnknownCategoryException(code));
  }

  public List<Category> all() {
    return List.copyOf(byCode.values());
  }

  /** A taxonomy with one more category, or one replaced by code. */
  public CategoryTaxonomy with(Category category) {
    Map<String, Category> m = new LinkedHashMap<>(byCode);
    m.put(category.code(), category);
    return new CategoryTaxonomy(m.values());
  }
}
