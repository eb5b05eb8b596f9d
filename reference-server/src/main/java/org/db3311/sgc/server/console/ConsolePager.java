package org.db3311.sgc.server.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.http.Paging;

/**
 * The page links under a console list: the same {@code page} (from 0) and {@code size} as the API's
 * lists ({@link Paging}), the total, and links to the first, last and nearby pages.
 *
 * @param page the page shown, from 0
 * @param total how many items the whole list holds
 * @param previous the previous page's address, null on the first
 * @param next the next page's address, null on the last
 * @param links the pages to link, in order, with a gap marked by a null href
 */
public record ConsolePager(
    int page, int size, int total, int pages, String previous, String next, List<Link> links) {

  /** A page link: its label (from 1, as people count), its address, whether it is this page. */
  public record Link(String label, String href, boolean current) {}

  /** How many pages either side of the current one get a link of their own. */
  private static final int NEAR = 3;

  /** The pager of {@code paging} over {@code total} items at {@code path}, with {@code extra}. */
  static ConsolePager of(Paging paging, int total, String path, String extra) {
    int pages = Math.max(1, (total + paging.size() - 1) / paging.size());
    List<Link> links = new ArrayList<>();
    int last = -1;
    for (int p = 0; p < pages; p++) {
      boolean shown = p == 0 || p == pages - 1 || Math.abs(p - paging.page()) <= NEAR;
      if (!shown) {
        continue;
      }
      if (last >= 0 && p > last + 1) {
        links.add(new Link("…", null, false));
      }
      links.add(
          new Link(
              Integer.toString(p + 1), href(path, p, paging.size(), extra), p == paging.page()));
      last = p;
    }
    return new ConsolePager(
        paging.page(),
        paging.size(),
        total,
        pages,
        // past the end, "previous" leads back to the last page that holds items
        paging.page() > 0
            ? href(path, Math.min(paging.page() - 1, pages - 1), paging.size(), extra)
            : null,
        paging.page() + 1 < pages ? href(path, paging.page() + 1, paging.size(), extra) : null,
        links);
  }

  private static String href(String path, int page, int size, String extra) {
    String q = path + "?page=" + page + "&size=" + size;
    return extra == null || extra.isBlank() ? q : q + "&" + extra;
  }

  /** A query parameter, encoded, for {@code extra}; empty when the value is absent. */
  static String param(String name, String value) {
    return value == null || value.isBlank()
        ? ""
        : name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }

  /** The first item's position on this page, from 1; 0 when the page holds none. */
  public int from() {
    long first = (long) page * size + 1;
    return first > total ? 0 : (int) first;
  }

  /** The last item's position on this page; 0 when the page holds none. */
  public int to() {
    return from() == 0 ? 0 : (int) Math.min(total, (long) (page + 1) * size);
  }
}
