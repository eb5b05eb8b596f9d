package org.db3311.sgc.core.reception;

import org.db3311.sgc.core.common.NotFoundException;

/** No leader-reception booking has the id. */
public final class ReceptionBookingNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ReceptionBookingNotFoundException(String id) {
    super("ReceptionBooking", id, "no reception booking " + id);
  }
}
