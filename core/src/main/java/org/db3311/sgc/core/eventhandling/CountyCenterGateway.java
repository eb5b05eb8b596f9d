package org.db3311.sgc.core.eventhandling;

import org.db3311.sgc.core.common.DivisionCode;

/**
 * Outgoing port: transfers an event that lies wholly in another county to that county's
 * social-governance center (ruling R12), instead of reporting it up to the city.
 */
public interface CountyCenterGateway {

  /**
   * Transfers an event.
   *
   * @param county the county-level division the event lies in
   * @return the receiving center's reference for it
   */
  String transfer(DivisionCode county, String reference, String summary);
}
