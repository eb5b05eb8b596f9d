package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Notification;

/** A result notice handed to the notifier for one party, with its delivery receipt. */
public record ResultNotice(
    String party, Notification.Channel channel, String deliveryId, Instant sentAt) {

  public ResultNotice {
    if (party == null || party.isBlank() || deliveryId == null || deliveryId.isBlank()) {
      throw new IllegalArgumentException("a result notice names the party and its delivery");
    }
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
