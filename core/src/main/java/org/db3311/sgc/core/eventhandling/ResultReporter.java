package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.catalog.Implements;

/**
 * Outgoing port: reports the handling result of an event up (及时上报处置结果, 6.3.1.3), e.g. to the city
 * comprehensive-governance center or the provincial coordination system. An adapter that cannot
 * deliver throws, and the event stays reviewed, its result not yet reported, for a retry.
 */
@Implements("6.3.1.3")
public interface ResultReporter {

  /**
   * Sends a result report.
   *
   * @return the receiving system's reference for the report
   */
  String report(EventResultReport report);
}
