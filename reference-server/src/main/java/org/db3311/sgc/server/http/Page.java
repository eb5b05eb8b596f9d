package org.db3311.sgc.server.http;

import java.util.List;
import org.db3311.sgc.core.common.ItemFailure;

/**
 * One page of a list, as every list of the API answers it.
 *
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param total how many items the whole list holds
 * @param failed items the list could not read, each with why: one bad item never hides the others
 * @param next for a list read by seek, the cursor to send as {@code after} for the page that
 *     follows; absent on the last page and for lists paged by number only
 */
public record Page<T>(
    List<T> items, int page, int size, int total, List<String> failed, String next) {

  /** A page of a list paged by number only. */
  public Page(List<T> items, int page, int size, int total, List<String> failed) {
    this(items, page, size, total, failed, null);
  }

  /** This page of {@code all}, with the items that could not be read. */
  public static <T> Page<T> of(List<T> all, Paging paging, List<ItemFailure> failed) {
    return new Page<>(
        paging.slice(all),
        paging.page(),
        paging.size(),
        all.size(),
        failed.stream().map(f -> f.item() + ": " + f.reason()).toList());
  }

  public static <T> Page<T> of(List<T> all, Paging paging) {
    return of(all, paging, List.of());
  }

  /**
   * Page {@code page} of {@code all}, the query parameters as received (absent: the first page of
   * {@link Paging#DEFAULT_SIZE}); 400 when either is not a number in range.
   */
  public static <T> Page<T> of(List<T> all, String page, String size, List<ItemFailure> failed) {
    Requests.Errors errors = new Requests.Errors();
    Paging paging = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    return of(all, paging, failed);
  }

  public static <T> Page<T> of(List<T> all, String page, String size) {
    return of(all, page, size, List.of());
  }

  /** Checks the paging parameters before any work is done. */
  public static void check(String page, String size) {
    of(List.of(), page, size);
  }
}
