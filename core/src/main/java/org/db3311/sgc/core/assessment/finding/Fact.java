package org.db3311.sgc.core.assessment.finding;

import java.util.Objects;

/**
 * A fact a rule used to reach its verdict, e.g. {@code totalFloorArea = 2999.99 m²}.
 *
 * @param name what the fact is about
 * @param value its value as checked
 */
public record Fact(String name, String value) {

  public Fact {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a fact needs a name");
    }
    Objects.requireNonNull(value, "fact value");
  }

  public static Fact of(String name, Object value) {
    return new Fact(name, String.valueOf(value));
  }
}
