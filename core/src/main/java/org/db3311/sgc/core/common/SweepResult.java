package org.db3311.sgc.core.common;

import java.util.List;

/**
 * What a sweep or list view found, and the items it could not read or judge: each failing item is
 * reported here and the sweep went on with the others.
 *
 * @param <T> what the sweep lists
 */
public record SweepResult<T>(List<T> items, List<ItemFailure> failed) {
  public SweepResult {
    items = List.copyOf(items);
    failed = List.copyOf(failed);
  }

  public boolean complete() {
    return failed.isEmpty();
  }
}
