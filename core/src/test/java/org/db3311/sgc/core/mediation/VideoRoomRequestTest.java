package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.Test;

@Implements("6.2.1.1.2")
class VideoRoomRequestTest {

  private static final Instant T = Instant.parse("2026-12-31T08:00:00Z");

  @Test
  void a_session_without_a_mediator_is_refused() {
    assertThatThrownBy(
            () -> new VideoRoomRequest("c/M1", T, List.of(VideoParticipant.party("张三")), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediator");
  }

  @Test
  void a_session_without_a_party_is_refused() {
    assertThatThrownBy(
            () -> new VideoRoomRequest("c/M1", T, List.of(VideoParticipant.mediator("周")), false))
        .hasMessageContaining("party");
  }

  @Test
  void nobody_is_invited_twice() {
    assertThatThrownBy(
            () ->
                new VideoRoomRequest(
                    "c/M1",
                    T,
                    List.of(VideoParticipant.mediator("周"), VideoParticipant.party("周")),
                    false))
        .hasMessageContaining("twice");
  }

  @Test
  void
      the_default_invitation_gives_the_room_address_and_promises_neither_moderation_nor_recording() {
    VideoRoomProvider plain =
        (reference, startsAt, participants) ->
            new VideoRoom("r-" + reference, "https://video.example/r", startsAt);
    VideoInvitation inv =
        plain.invite(
            new VideoRoomRequest(
                "c/M1",
                T,
                List.of(VideoParticipant.mediator("周"), VideoParticipant.party("张三")),
                true));
    assertThat(inv.links())
        .allSatisfy(
            l -> {
              assertThat(l.url()).isEqualTo("https://video.example/r");
              assertThat(l.moderator()).isFalse();
            });
    assertThat(inv.recording()).isFalse();
  }
}
