package org.db3311.sgc.core.intake;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Which materials a matter needs before it can be accepted. The default for every category is
 * 6.1.2's list: the identity card, the application or complaint, and the registration form; a
 * deployment overrides it per category.
 *
 * <p>A matter transferred from a platform (6.1.1.2.2) is not a visit to the window: it arrives with
 * the platform's source record, and by default that record is all it needs ({@link
 * MaterialKind#SOURCE_RECORD}); nobody is asked for an identity card or a registration form the
 * person never handed to the center. A deployment overrides this per channel, and a channel's list
 * wins over a category's.
 */
@Implements({"6.1.2", "6.1.1.2.2"})
public final class MaterialRequirements {

  /** 6.1.2's list. */
  public static final Set<MaterialKind> STANDARD_DEFAULT =
      Set.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM);

  /** What a transfer needs by default: the platform's source record. */
  public static final Set<MaterialKind> TRANSFER_DEFAULT = Set.of(MaterialKind.SOURCE_RECORD);

  private final Set<MaterialKind> fallback;
  private final Map<String, Set<MaterialKind>> byCategory;
  private final Map<Channel, Set<MaterialKind>> byChannel;

  public MaterialRequirements(
      Set<MaterialKind> fallback, Map<String, Set<MaterialKind>> byCategory) {
    this(fallback, byCategory, transferDefaults());
  }

  public MaterialRequirements(
      Set<MaterialKind> fallback,
      Map<String, Set<MaterialKind>> byCategory,
      Map<Channel, Set<MaterialKind>> byChannel) {
    this.fallback = Set.copyOf(fallback);
    Map<String, Set<MaterialKind>> m = new LinkedHashMap<>();
    byCategory.forEach((k, v) -> m.put(k, Set.copyOf(v)));
    this.byCategory = java.util.Collections.unmodifiableMap(m);
    Map<Channel, Set<MaterialKind>> c = new java.util.EnumMap<>(Channel.class);
    byChannel.forEach((k, v) -> c.put(k, Set.copyOf(v)));
    this.byChannel = java.util.Collections.unmodifiableMap(c);
  }

  private static Map<Channel, Set<MaterialKind>> transferDefaults() {
    Map<Channel, Set<MaterialKind>> m = new java.util.EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      if (c.isTransfer()) {
        m.put(c, TRANSFER_DEFAULT);
      }
    }
    return m;
  }

  /** 6.1.2's list for every category; the source record for every transfer. */
  public static MaterialRequirements defaults() {
    return new MaterialRequirements(STANDARD_DEFAULT, Map.of());
  }

  /** These requirements with one category's list replaced. */
  public MaterialRequirements withCategory(String categoryCode, Set<MaterialKind> kinds) {
    Map<String, Set<MaterialKind>> m = new LinkedHashMap<>(byCategory);
    m.put(categoryCode, kinds);
    return new MaterialRequirements(fallback, m, byChannel);
  }

  /** These requirements with one channel's list replaced; it wins over any category's list. */
  public MaterialRequirements withChannel(Channel channel, Set<MaterialKind> kinds) {
    Map<Channel, Set<MaterialKind>> m = new java.util.EnumMap<>(Channel.class);
    m.putAll(byChannel);
    m.put(channel, kinds);
    return new MaterialRequirements(fallback, byCategory, m);
  }

  /** The kinds a category needs at the window, in a stable order. */
  public Set<MaterialKind> requiredFor(String categoryCode) {
    return ordered(byCategory.getOrDefault(categoryCode, fallback));
  }

  /** The kinds a matter of the category needs when it came in through the channel. */
  @Implements("6.1.1.2.2")
  public Set<MaterialKind> requiredFor(Channel channel, String categoryCode) {
    Set<MaterialKind> kinds = byChannel.get(channel);
    return kinds != null ? ordered(kinds) : requiredFor(categoryCode);
  }

  private static Set<MaterialKind> ordered(Set<MaterialKind> kinds) {
    Set<MaterialKind> ordered = new LinkedHashSet<>();
    kinds.stream().sorted(java.util.Comparator.comparing(MaterialKind::code)).forEach(ordered::add);
    return ordered;
  }
}
