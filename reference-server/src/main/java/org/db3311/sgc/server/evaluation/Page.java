package org.db3311.sgc.server.evaluation;

import java.util.List;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.server.http.Requests;

/**
 * One page of a list, as the chapter-9 endpoints (evaluation, improvement, feedback) answer it.
 *
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param total how many items the whole list holds
 * @param failed items the list could not read, each with why: one bad item never hides the others
 */
public record Page<T>(List<T> items, int page, int size, int total, List<String> failed) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /**
   * Page {@code page} of {@code all}, the query parameters as received (absent: the first page of
   * {@link #DEFAULT_SIZE}); 400 when either is not a number in range.
   */
  public static <T> Page<T> of(List<T> all, String page, String size, List<ItemFailure> failed) {
    Requests.Errors errors = new Requests.Errors();
    int p = number(errors, "page", page, 0, 0, Integer.MAX_VALUE);
    int s = number(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    errors.throwIfAny("The query");
    long from = Math.min((long) p * s, all.size());
    int to = (int) Math.min(from + s, all.size());
    return new Page<>(
        List.copyOf(all.subList((int) from, to)),
        p,
        s,
        all.size(),
        failed.stream().map(f -> f.item() + ": " + f.reason()).toList());
  }

  public static <T> Page<T> of(List<T> all, String page, String size) {
    return of(all, page, size, List.of());
  }

  /** Checks the paging parameters before any work is done. */
  public static void check(String page, String size) {
    of(List.of(), page, size);
  }

  private static int number(
      Requests.Errors errors, String name, String value, int absent, int min, int max) {
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
    errors.add(name, "'" + value + "' is not a whole number from " + min + " to " + max);
    return absent;
  }
}
