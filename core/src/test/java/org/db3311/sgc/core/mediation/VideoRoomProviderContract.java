package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
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

  @Test
  @DisplayName(
      "6.2.1.1.2 由调解人员通过视频等方式组织开展线上调解: every participant has a link, only mediators moderate")
  void each_participant_gets_a_link_and_only_the_mediator_moderates() {
    VideoRoomProvider p = newProvider();
    Instant t = Instant.parse("2026-12-31T08:00:00Z");
    VideoInvitation inv =
        p.invite(
            new VideoRoomRequest(
                "331121-20261230-0007/M1",
                t,
                List.of(
                    VideoParticipant.mediator("调解员周"),
                    VideoParticipant.party("张三"),
                    VideoParticipant.party("李四")),
                false));
    assertThat(inv.room().startsAt()).isEqualTo(t);
    assertThat(inv.links())
        .extracting(VideoInvitation.JoinLink::participant)
        .containsExactly("调解员周", "张三", "李四");
    assertThat(inv.links()).extracting(VideoInvitation.JoinLink::url).doesNotHaveDuplicates();
    assertThat(inv.link("调解员周").orElseThrow().moderator()).isTrue();
    assertThat(inv.link("张三").orElseThrow().moderator()).isFalse();
    assertThat(inv.link("李四").orElseThrow().moderator()).isFalse();
    assertThat(inv.recording()).isFalse();
  }

  @Test
  void a_recorded_session_is_recorded_and_rooms_differ() {
    VideoRoomProvider p = newProvider();
    Instant t = Instant.parse("2027-01-04T01:30:00Z");
    List<VideoParticipant> who =
        List.of(VideoParticipant.mediator("调解员周"), VideoParticipant.party("张三"));
    VideoInvitation a = p.invite(new VideoRoomRequest("331121-20270104-0001/M1", t, who, true));
    VideoInvitation b = p.invite(new VideoRoomRequest("331121-20270104-0002/M1", t, who, false));
    assertThat(a.recording()).isTrue();
    assertThat(b.recording()).isFalse();
    assertThat(a.room().roomId()).isNotEqualTo(b.room().roomId());
  }
}
