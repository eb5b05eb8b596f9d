package org.db3311.sgc.core.mediation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link VideoRoomProvider} that hands out numbered rooms on a placeholder address. */
public final class InMemoryVideoRoomProvider implements VideoRoomProvider {

  private final List<VideoRoom> opened = new ArrayList<>();

  @Override
  public synchronized VideoRoom open(
      String reference, Instant startsAt, List<String> participants) {
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a video room needs participants");
    }
    String id = "room-" + (opened.size() + 1);
    VideoRoom room = new VideoRoom(id, "https://video.invalid/" + id, startsAt);
    opened.add(room);
    return room;
  }

  /** Opens a numbered room; each link names its participant and role on the placeholder address. */
  @Override
  public VideoInvitation invite(VideoRoomRequest request) {
    VideoRoom room = open(request.reference(), request.startsAt(), request.names());
    return new VideoInvitation(
        room,
        request.participants().stream()
            .map(
                p ->
                    new VideoInvitation.JoinLink(
                        p.name(),
                        p.mediator(),
                        room.joinUrl()
                            + "?participant="
                            + URLEncoder.encode(p.name(), StandardCharsets.UTF_8)
                            + (p.mediator() ? "&moderator=true" : "")))
            .toList(),
        request.recording());
  }

  public synchronized List<VideoRoom> opened() {
    return List.copyOf(opened);
  }
}
