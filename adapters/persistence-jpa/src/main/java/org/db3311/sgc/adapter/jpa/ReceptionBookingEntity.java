package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A row of {@code reception_booking}: a booking as a document, and beside it the day it is for (the
 * day's bookings are listed from an index on it), the slot, mode, state and registered matter.
 */
@Entity
@Table(name = "reception_booking")
public class ReceptionBookingEntity {

  @Id
  @Column(name = "booking_id")
  public String id;

  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "booking_date", nullable = false)
  public LocalDate date;

  @Column(name = "slot", nullable = false)
  public String slot;

  @Column(name = "mode", nullable = false)
  public String mode;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "matter_number")
  public String matter;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
