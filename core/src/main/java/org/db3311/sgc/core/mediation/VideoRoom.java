package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Objects;

/** A video room for an online mediation session. */
public record VideoRoom(String roomId, String joinUrl, Instant startsAt) {

  public VideoRoom {
    if (roomId == null || roomId.isBlank() || joinUrl == null || joinUrl.isBlank()) {
      throw new IllegalArgumentException("a video room has an id and a join address");
    }
    Objects.requireNonNull(startsAt, "startsAt");
  }
}
