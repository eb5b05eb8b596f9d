package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the matter list.
 *
 * @param query the query this page answers
 * @param items at most {@code query.limit()} matters, in the query's order
 * @param hasNext whether more matters follow this page
 */
public record MatterPage(MatterQuery query, List<MatterSummary> items, boolean hasNext) {

  public MatterPage {
    Objects.requireNonNull(query, "query");
    items = List.copyOf(items);
    if (items.size() > query.limit()) {
      throw new IllegalArgumentException(
          "a page holds at most " + query.limit() + " matters, not " + items.size());
    }
  }

  /**
   * The query of the next page, when there is one: by offset for a page read by offset, by seek
   * after this page's last matter for a page read by seek.
   */
  public Optional<MatterQuery> next() {
    if (!hasNext) {
      return Optional.empty();
    }
    return Optional.of(
        query.after().isPresent()
            ? query.after(MatterQuery.After.of(items.getLast()), query.limit())
            : query.next());
  }
}
