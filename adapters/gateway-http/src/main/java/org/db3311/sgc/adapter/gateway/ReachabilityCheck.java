package org.db3311.sgc.adapter.gateway;

import java.util.List;

/** A gateway that can tell whether the bodies it sends to are reachable now. */
public interface ReachabilityCheck {

  /**
   * Asks each body this gateway sends to once (no retry), within the configured timeouts.
   *
   * @return one entry per body, in a stable order
   */
  List<Reachability> reachability();
}
