package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A scheduled mediation session: online in a video room, or offline at the center by appointment
 * (6.2.1.1.2).
 */
@Implements("6.2.1.1.2")
public sealed interface Session {

  Instant startsAt();

  /** 线上调解: mediators hold the session by video. */
  record Online(VideoRoom room) implements Session {
    public Online {
      Objects.requireNonNull(room, "room");
    }

    @Override
    public Instant startsAt() {
      return room.startsAt();
    }
  }

  /**
   * 线下调解: the platform designates the center and the party books a time online.
   *
   * @param bookedBy the party who booked, if a party booked it
   */
  record Offline(String place, Instant startsAt, Optional<String> bookedBy) implements Session {
    public Offline {
      if (place == null || place.isBlank()) {
        throw new IllegalArgumentException("an appointment names the place");
      }
      Objects.requireNonNull(startsAt, "startsAt");
      Objects.requireNonNull(bookedBy, "bookedBy");
    }
  }
}
