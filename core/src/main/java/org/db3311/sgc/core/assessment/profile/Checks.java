package org.db3311.sgc.core.assessment.profile;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Invariant checks shared by the profile's records. */
final class Checks {

  private Checks() {}

  static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
    return value;
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values, String what) {
    Objects.requireNonNull(values, what);
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : values) {
      set.add(Objects.requireNonNull(e, () -> what + " must not contain null"));
    }
    return Collections.unmodifiableSet(set);
  }

  static <T> List<T> list(List<T> values, String what) {
    Objects.requireNonNull(values, what);
    for (T t : values) {
      Objects.requireNonNull(t, () -> what + " must not contain null");
    }
    return List.copyOf(values);
  }
}
