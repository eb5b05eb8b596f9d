package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;
import java.util.Set;

/**
 * A function zone (区) of the center and the functions it hosts (5.1.2).
 *
 * @param kind which zone
 * @param functions the functions it hosts
 */
public record Zone(ZoneKind kind, Set<ZoneFunction> functions) {

  public Zone {
    Objects.requireNonNull(kind, "zone kind");
    functions = Checks.enums(ZoneFunction.class, functions, "zone functions");
  }
}
