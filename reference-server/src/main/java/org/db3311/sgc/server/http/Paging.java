package org.db3311.sgc.server.http;

import java.util.List;

/**
 * The page a list request asks for: {@code page} from 0 and {@code size} from 1 to {@value
 * #MAX_SIZE} ({@value #DEFAULT_SIZE} when absent), the same for every list of the API. A value out
 * of range is a field error of the request, reported with the others.
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public Paging {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_SIZE);
    }
  }

  /** The query parameters as received; a bad one is added to {@code errors}. */
  public static Paging of(String page, String size, Requests.Errors errors) {
    int p = number(errors, "page", page, 0, 0, Integer.MAX_VALUE);
    int s = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new Paging(p, s);
  }

  /**
   * The parameters lists took before they paged by {@code page} and {@code size}: named as errors,
   * so an old client learns why, instead of being answered a default page it did not ask for.
   */
  public static void refuseOffsetLimit(String offset, String limit, Requests.Errors errors) {
    if (offset != null) {
      errors.add("offset", "no longer taken: lists page by 'page' (from 0) and 'size'");
    }
    if (limit != null) {
      errors.add("limit", "no longer taken: lists page by 'page' (from 0) and 'size'");
    }
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

  /** How many items come before this page, for a store that skips them; at most the int range. */
  public int offset() {
    return (int) Math.min((long) page * size, Integer.MAX_VALUE);
  }

  /** This page of {@code all}; empty past the end. */
  public <T> List<T> slice(List<T> all) {
    long from = (long) page * size;
    if (from >= all.size()) {
      return List.of();
    }
    return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
  }

  /** Whether {@code all} goes on after this page. */
  public boolean more(List<?> all) {
    return (long) (page + 1) * size < all.size();
  }
}
