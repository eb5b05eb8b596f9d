package org.db3311.sgc.core.mediation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * What an online mediation session needs from a video service: a room at the session's time, the
 * mediators who hold it and the parties, and whether it is recorded.
 *
 * @param reference the mediation case
 * @param startsAt when the session starts
 * @param participants everyone invited, each named once; at least one mediator
 * @param recording whether the session is recorded
 */
@Implements("6.2.1.1.2")
public record VideoRoomRequest(
    String reference, Instant startsAt, List<VideoParticipant> participants, boolean recording) {

  public VideoRoomRequest {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a video room request names the mediation case");
    }
    Objects.requireNonNull(startsAt, "startsAt");
    participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
    Set<String> names = new HashSet<>();
    for (VideoParticipant p : participants) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException(p.name() + " is invited twice to the video room");
      }
    }
    if (participants.stream().noneMatch(VideoParticipant::mediator)) {
      throw new IllegalArgumentException(
          "an online mediation session is held by a mediator: name at least one");
    }
    if (participants.stream().allMatch(VideoParticipant::mediator)) {
      throw new IllegalArgumentException("an online mediation session needs a party");
    }
  }

  /** The participants' names, in order. */
  public List<String> names() {
    return participants.stream().map(VideoParticipant::name).toList();
  }
}
