package org.db3311.sgc.core.common;

import java.time.Instant;

/** Outgoing port: delivers notifications to parties and units (SMS gateway, call center, inbox). */
public interface Notifier {

  /**
   * Hands over a notification for delivery.
   *
   * @return the receipt of the hand-over
   */
  Receipt send(Notification notification);

  /** Proof that a notification was handed over: an id from the delivery system and the time. */
  record Receipt(String deliveryId, Instant sentAt) {
    public Receipt {
      if (deliveryId == null || deliveryId.isBlank()) {
        throw new IllegalArgumentException("a receipt needs a delivery id");
      }
      java.util.Objects.requireNonNull(sentAt, "sentAt");
    }
  }
}
