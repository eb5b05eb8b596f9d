package org.db3311.sgc.core.eventhandling;

/** Outgoing port: reports events up to the city comprehensive-governance center (市综治中心). */
public interface CityCenterGateway {

  /**
   * Reports an event for city coordination.
   *
   * @return the city center's reference for it
   */
  String report(String reference, String summary);
}
