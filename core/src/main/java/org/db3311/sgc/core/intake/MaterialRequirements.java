package org.db3311.sgc.core.intake;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Which materials a category needs before it can be accepted. The default for every category is
 * 6.1.2's list: the identity card, the application or complaint, and the registration form; a
 * deployment overrides it per category.
 */
@Implements("6.1.2")
public final class MaterialRequirements {

  /** 6.1.2's list. */
  public static final Set<MaterialKind> STANDARD_DEFAULT =
      Set.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM);

  private final Set<MaterialKind> fallback;
  private final Map<String, Set<MaterialKind>> byCategory;

  public MaterialRequirements(
      Set<MaterialKind> fallback, Map<String, Set<MaterialKind>> byCategory) {
    this.fallback = Set.copyOf(fallback);
    Map<String, Set<MaterialKind>> m = new LinkedHashMap<>();
    byCategory.forEach((k, v) -> m.put(k, Set.copyOf(v)));
    this.byCategory = java.util.Collections.unmodifiableMap(m);
  }

  /** 6.1.2's list for every category. */
  public static MaterialRequirements defaults() {
    return new MaterialRequirements(STANDARD_DEFAULT, Map.of());
  }

  /** These requirements with one category's list replaced. */
  public MaterialRequirements withCategory(String categoryCode, Set<MaterialKind> kinds) {
    Map<String, Set<MaterialKind>> m = new LinkedHashMap<>(byCategory);
    m.put(categoryCode, kinds);
    return new MaterialRequirements(fallback, m);
  }

  /** The kinds a category needs, in a stable order. */
  public Set<MaterialKind> requiredFor(String categoryCode) {
    Set<MaterialKind> kinds = byCategory.getOrDefault(categoryCode, fallback);
    Set<MaterialKind> ordered = new LinkedHashSet<>();
    kinds.stream().sorted(java.util.Comparator.comparing(MaterialKind::code)).forEach(ordered::add);
    return ordered;
  }
}
