package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link VideoRoomProvider} adapter must do. */
public abstract class VideoRoomProviderContract {

  protected abstract VideoRoomProvider newProvider();

  @Test
  void each_session_gets_its_own_room_at_its_time() {
    VideoRoomProvider p = newProvider();
    Instant t = Instant.parse("2026-11-26T02:00:00Z");
    VideoRoom a = p.open("331121-20261125-0001/M1", t, List.of("张三", "李四"));
    VideoRoom b = p.open("331121-20261125-0002/M1", t, List.of("王五", "赵六"));
    assertThat(a.roomId()).isNotEqualTo(b.roomId());
    assertThat(a.startsAt()).isEqualTo(t);
    assertThat(a.joinUrl()).isNotBlank();
  }
}
