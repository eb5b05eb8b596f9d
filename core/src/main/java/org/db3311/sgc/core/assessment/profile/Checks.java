package org.db3311.sgc.core.assessment.profile;

import java.time.LocalDate;
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

  /**
   * A day of the years 0001 to 9999: the profile format writes dates as YYYY-MM-DD, and a year
   * outside these (written {@code +10000-01-01} or {@code 0000-…}) could not be read back.
   */
  static LocalDate day(LocalDate value, String what) {
    Objects.requireNonNull(value, what);
    if (value.getYear() < 1 || value.getYear() > 9999) {
      throw new IllegalArgumentException(
          what + " must be a day of the years 0001 to 9999, not " + value);
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
