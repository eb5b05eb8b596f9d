package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port: reports the handling result of an event up (及时上报处置结果, 6.3.1.3), e.g. to the city
 * comprehensive-governance center or the provincial coordination system. An adapter that cannot
 * deliver throws, and the event stays reviewed, its result not yet reported, for a retry.
 *
 * <p>Delivery is idempotent by {@link EventResultReport#reportId()}: the event records the delivery
 * only after the receiver answered, so a save that fails after delivery (a concurrent change, a
 * lost connection) leads to the same round's report being sent again. An adapter must make that
 * harmless: it sends the report id along (for a receiver that deduplicates by it) or deduplicates
 * itself, and answers a repeated id with the reference of the first delivery, never with a second
 * report at the receiver.
 */
@Implements("6.3.1.3")
public interface ResultReporter {

  /**
   * Sends a result report, unless one with the same {@link EventResultReport#reportId()} was
   * delivered already.
   *
   * @return the receiving system's reference for the report; for a repeated report id, the
   *     reference given the first time
   */
  String report(EventResultReport report);
}
