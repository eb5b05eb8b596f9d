package org.db3311.sgc.core.archive;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Which record types a closed matter's file must hold to be complete (完整), per category, with a
 * default for categories not configured. 7.3.2 asks for complete archives of intake and handling;
 * what “complete” means for a category is the deployment's data.
 */
@Implements("7.3.2")
public final class CompletenessPolicy {

  /**
   * The default: how the matter came in, what was decided, that the parties were told (6.2.1.4.1)
   * and the audit trail of every step.
   */
  public static final Set<RecordType> DEFAULT_REQUIRED =
      Collections.unmodifiableSet(
          EnumSet.of(
              RecordType.REGISTRATION,
              RecordType.DECISION,
              RecordType.NOTICE,
              RecordType.AUDIT_ENTRY));

  private final Set<RecordType> defaults;
  private final Map<String, Set<RecordType>> byCategory;

  private CompletenessPolicy(Set<RecordType> defaults, Map<String, Set<RecordType>> byCategory) {
    this.defaults = defaults;
    this.byCategory = byCategory;
  }

  public static CompletenessPolicy standard() {
    return new CompletenessPolicy(DEFAULT_REQUIRED, Map.of());
  }

  /** A policy requiring {@code required} of every category unless overridden. */
  public static CompletenessPolicy requiring(Set<RecordType> required) {
    return new CompletenessPolicy(frozen(required), Map.of());
  }

  /** This policy with its own list for one category (e.g. an agreement for a mediated dispute). */
  public CompletenessPolicy withCategory(String category, Set<RecordType> required) {
    if (category == null || category.isBlank()) {
      throw new IllegalArgumentException("a category is named");
    }
    Map<String, Set<RecordType>> copy = new HashMap<>(byCategory);
    copy.put(category, frozen(required));
    return new CompletenessPolicy(defaults, Map.copyOf(copy));
  }

  public Set<RecordType> requiredFor(String category) {
    return byCategory.getOrDefault(category, defaults);
  }

  private static Set<RecordType> frozen(Set<RecordType> s) {
    Objects.requireNonNull(s, "required");
    if (s.isEmpty()) {
      throw new IllegalArgumentException("a completeness rule requires at least one record type");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(s));
  }
}
