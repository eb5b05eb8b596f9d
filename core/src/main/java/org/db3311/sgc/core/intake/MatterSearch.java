package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Outgoing query port: the matter list, filtered, ordered and a page at a time, and the period scan
 * reports read. A server lists a county's matters through it (scoped by {@link PlaceScope}); a
 * database adapter answers it from indexes, never by reading every matter.
 *
 * <p>The handling unit and deadline of a matter are those of its supervision file (the file whose
 * subject is the matter's registration number), joined by the store: intake does not keep them.
 */
public interface MatterSearch {

  /** The page the query asks for. */
  MatterPage search(MatterQuery query);

  /** How many matters the query matches over all its pages (its page is ignored). */
  int count(MatterQuery query);

  /**
   * Every matter registered at or after {@code from} and before {@code until}, oldest first (then
   * by number), handed to {@code each} one at a time: a report's period scan, which a store answers
   * without holding the whole period in memory.
   *
   * @throws IllegalArgumentException when the period does not end after it starts
   */
  void forEachRegistered(Instant from, Instant until, Consumer<? super MatterSummary> each);
}
