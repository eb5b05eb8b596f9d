package org.db3311.sgc.core.common;

import java.util.Objects;

/**
 * One item a sweep, view or report could not handle: which item, and why. The sweep reports it and
 * goes on with the others, so one bad item never hides the rest.
 *
 * @param item the item's id (a task, ticket, action, supervision file, ledger entry…)
 * @param reason what went wrong, e.g. the exception's message
 */
public record ItemFailure(String item, String reason) {

  public ItemFailure {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
  }

  /** The failure of an item that threw. */
  public static ItemFailure of(String item, RuntimeException e) {
    String message = e.getMessage();
    return new ItemFailure(
        item,
        e.getClass().getSimpleName()
            + (message == null || message.isBlank() ? "" : ": " + message));
  }
}
