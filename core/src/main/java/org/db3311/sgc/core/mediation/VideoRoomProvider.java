package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.List;

/** Outgoing port: opens video rooms for online mediation (6.2.1.1.2). */
public interface VideoRoomProvider {

  /**
   * Opens a room for a session.
   *
   * @param reference the mediation case
   * @param participants display names of those to invite
   */
  VideoRoom open(String reference, Instant startsAt, List<String> participants);
}
