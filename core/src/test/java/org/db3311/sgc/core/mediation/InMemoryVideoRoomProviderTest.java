package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryVideoRoomProviderTest extends VideoRoomProviderContract {
  @Override
  protected VideoRoomProvider newProvider() {
    return new InMemoryVideoRoomProvider();
  }

  @Test
  void rooms_are_numbered_from_one_on_the_placeholder_address() {
    InMemoryVideoRoomProvider p = new InMemoryVideoRoomProvider();
    Instant t = Instant.parse("2026-11-26T02:00:00Z");
    VideoRoom first = p.open("331121-20261125-0001/M1", t, List.of("张三"));
    VideoRoom second = p.open("331121-20261125-0002/M1", t, List.of("李四"));
    assertThat(first.roomId()).isEqualTo("room-1");
    assertThat(first.joinUrl()).isEqualTo("https://video.invalid/room-1");
    assertThat(second.roomId()).isEqualTo("room-2");
    assertThat(p.opened()).containsExactly(first, second);
  }
}
