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

  /**
   * Opens a room for a session held by its mediators, with one join link per participant: a
   * mediator's link moderates the room, a party's does not, and the session is recorded when the
   * request asks for it and the provider can.
   *
   * <p>This default serves providers without roles: it opens the room with {@link #open} and gives
   * every participant the room's address; nobody moderates and nothing is recorded, and the
   * invitation says so. Adapters that can do better override it.
   */
  default VideoInvitation invite(VideoRoomRequest request) {
    VideoRoom room = open(request.reference(), request.startsAt(), request.names());
    return new VideoInvitation(
        room,
        request.participants().stream()
            .map(p -> new VideoInvitation.JoinLink(p.name(), false, room.joinUrl()))
            .toList(),
        false);
  }
}
