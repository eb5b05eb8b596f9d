package org.db3311.sgc.core.mediation;

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

  public synchronized List<VideoRoom> opened() {
    return List.copyOf(opened);
  }
}
