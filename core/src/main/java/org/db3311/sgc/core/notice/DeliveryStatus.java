package org.db3311.sgc.core.notice;

/** What a gateway's delivery receipt (回执) says of a message it accepted. */
public enum DeliveryStatus {
  /** The handset received it. */
  DELIVERED,
  /** It could not be delivered. */
  UNDELIVERED
}
