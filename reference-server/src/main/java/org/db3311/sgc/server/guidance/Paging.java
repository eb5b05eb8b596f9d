package org.db3311.sgc.server.guidance;

import java.util.List;
import org.db3311.sgc.server.http.Requests;

/** {@code page} (from 0) and {@code size} (1 to 200, 20 by default) of a list request. */
record Paging(int page, int size) {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 200;

  static Paging of(String page, String size, Requests.Errors errors) {
    int p = number(errors, "page", page, 0, 0, Integer.MAX_VALUE);
    int s = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new Paging(p, s);
  }

  private static int number(
      Requests.Errors errors, String field, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    errors.add(field, "'" + value + "' is not a whole number from " + min + " to " + max);
    return absent;
  }

  <T> List<T> of(List<T> all) {
    long from = (long) page * size;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  boolean more(List<?> all) {
    return (long) (page + 1) * size < all.size();
  }
}
