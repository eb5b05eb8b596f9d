package org.db3311.sgc.adapter.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.mediation.VideoInvitation;
import org.db3311.sgc.core.mediation.VideoParticipant;
import org.db3311.sgc.core.mediation.VideoRoomRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The join links' tokens, checked with jjwt — a JWT implementation independent of the one that
 * signs them (nimbus-jose-jwt) — as Jitsi's token authentication would check them.
 */
@Implements("6.2.1.1.2")
class JitsiTokenTest {

  /** 23:30 on 31 December in Beijing: the links are used in the new year. */
  static final Instant START = Instant.parse("2026-12-31T15:30:00Z");

  static final Instant ISSUED = Instant.parse("2026-12-30T02:00:00Z");

  private final JitsiVideoRoomProvider provider =
      JitsiVideoRoomProvider.from(
          JitsiVideoRoomProviderTest.properties(), Clock.fixed(ISSUED, ZoneOffset.UTC));

  private final VideoInvitation invitation =
      provider.invite(
          new VideoRoomRequest(
              "331121-20261230-0007/M1",
              START,
              List.of(
                  VideoParticipant.mediator("调解员周敏"),
                  VideoParticipant.party("张三"),
                  VideoParticipant.party("李四")),
              true));

  private static JwtParser parser(String secret, Instant at) {
    return Jwts.parser()
        .verifyWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
        .requireIssuer("sgc-331121")
        .requireAudience("jitsi")
        .requireSubject("meet.sgc.example.cn")
        .clock(() -> Date.from(at))
        .build();
  }

  private static String token(VideoInvitation.JoinLink link) {
    return link.url().substring(link.url().indexOf("?jwt=") + 5);
  }

  private Claims verified(String participant, Instant at) {
    Jws<Claims> jws =
        parser(JitsiVideoRoomProviderTest.SECRET, at)
            .parseSignedClaims(token(invitation.link(participant).orElseThrow()));
    assertThat(jws.getHeader().getAlgorithm()).isEqualTo("HS256");
    return jws.getPayload();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> user(Claims c) {
    return (Map<String, Object>) c.get("context", Map.class).get("user");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> features(Claims c) {
    return (Map<String, Object>) c.get("context", Map.class).get("features");
  }

  @Test
  @DisplayName(
      "every link verifies, after midnight of the new year too, with Jitsi's claims for this room")
  void valid_tokens_verify_with_the_jitsi_claims() {
    Instant afterMidnightInBeijing = Instant.parse("2026-12-31T16:40:00Z");
    for (VideoInvitation.JoinLink link : invitation.links()) {
      Claims c = verified(link.participant(), afterMidnightInBeijing);
      assertThat(c.get("room", String.class)).isEqualTo(invitation.room().roomId());
      assertThat(c.getNotBefore().toInstant()).isEqualTo(START.minusSeconds(30 * 60));
      assertThat(c.getExpiration().toInstant()).isEqualTo(START.plusSeconds(4 * 3600));
      assertThat(c.getIssuedAt().toInstant()).isEqualTo(ISSUED);
      assertThat(user(c)).containsEntry("name", link.participant());
      assertThat(link.url())
          .startsWith("https://meet.sgc.example.cn/" + invitation.room().roomId() + "?jwt=");
    }
  }

  @Test
  @DisplayName("6.2.1.1.2: the mediator moderates and may record; the parties do neither")
  void non_mediators_are_not_moderators() {
    Instant at = START;
    Claims mediator = verified("调解员周敏", at);
    assertThat(user(mediator))
        .containsEntry("moderator", true)
        .containsEntry("affiliation", "owner");
    assertThat(features(mediator)).containsEntry("recording", true);
    for (String party : List.of("张三", "李四")) {
      Claims c = verified(party, at);
      assertThat(user(c)).containsEntry("moderator", false).containsEntry("affiliation", "member");
      assertThat(features(c)).containsEntry("recording", false);
    }
    assertThat(invitation.recording()).isTrue();
  }

  @Test
  void a_session_not_recorded_gives_nobody_the_recording_feature() {
    VideoInvitation plain =
        provider.invite(
            new VideoRoomRequest(
                "331121-20261230-0008/M1",
                START,
                List.of(VideoParticipant.mediator("调解员周敏"), VideoParticipant.party("王五")),
                false));
    Claims c =
        parser(JitsiVideoRoomProviderTest.SECRET, START)
            .parseSignedClaims(token(plain.link("调解员周敏").orElseThrow()))
            .getPayload();
    assertThat(user(c)).containsEntry("moderator", true);
    assertThat(features(c)).containsEntry("recording", false);
    assertThat(plain.recording()).isFalse();
  }

  @Test
  void a_party_who_edits_the_token_to_moderate_is_refused() {
    String t = token(invitation.link("张三").orElseThrow());
    String[] parts = t.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"moderator\":false", "\"moderator\":true");
    assertThat(payload).contains("\"moderator\":true");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThatThrownBy(
            () -> parser(JitsiVideoRoomProviderTest.SECRET, START).parseSignedClaims(forged))
        .isInstanceOf(SignatureException.class);
  }

  @Test
  void a_token_checked_with_another_secret_is_refused() {
    String t = token(invitation.link("调解员周敏").orElseThrow());
    assertThatThrownBy(
            () -> parser("another-secret-of-more-than-32-bytes-long!", START).parseSignedClaims(t))
        .isInstanceOf(SignatureException.class);
  }

  @Test
  void a_link_is_refused_once_the_token_lifetime_is_over() {
    String t = token(invitation.link("张三").orElseThrow());
    Instant expiry = START.plusSeconds(4 * 3600);
    assertThat(
            parser(JitsiVideoRoomProviderTest.SECRET, expiry.minusSeconds(1)).parseSignedClaims(t))
        .isNotNull();
    assertThatThrownBy(
            () ->
                parser(JitsiVideoRoomProviderTest.SECRET, expiry.plusSeconds(1))
                    .parseSignedClaims(t))
        .isInstanceOf(ExpiredJwtException.class);
  }

  @Test
  void a_link_does_not_work_long_before_the_session() {
    String t = token(invitation.link("张三").orElseThrow());
    assertThatThrownBy(
            () ->
                parser(JitsiVideoRoomProviderTest.SECRET, START.minusSeconds(3600))
                    .parseSignedClaims(t))
        .isInstanceOf(PrematureJwtException.class);
  }

  @Test
  void a_token_opens_only_its_own_room() {
    VideoInvitation other =
        provider.invite(
            new VideoRoomRequest(
                "331121-20261230-0009/M1",
                START,
                List.of(VideoParticipant.mediator("调解员周敏"), VideoParticipant.party("张三")),
                false));
    Claims c =
        parser(JitsiVideoRoomProviderTest.SECRET, START)
            .parseSignedClaims(token(other.link("张三").orElseThrow()))
            .getPayload();
    assertThat(c.get("room", String.class))
        .isEqualTo(other.room().roomId())
        .isNotEqualTo(invitation.room().roomId());
  }

  @Test
  @DisplayName("room names: 160 random bits, lower-case base32, nothing of the case in them")
  void room_names_cannot_be_guessed() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String room = provider.open("331121-20261230-0007/M1", START, List.of("张三")).roomId();
      assertThat(room).matches("[a-z2-7]{32}").doesNotContain("331121");
      names.add(room);
    }
    assertThat(names).hasSize(2000);
  }

  @Test
  void a_session_already_over_gets_no_links() {
    JitsiVideoRoomProvider late =
        JitsiVideoRoomProvider.from(
            JitsiVideoRoomProviderTest.properties(),
            Clock.fixed(START.plusSeconds(5 * 3600), ZoneOffset.UTC));
    assertThatThrownBy(
            () ->
                late.invite(
                    new VideoRoomRequest(
                        "c/M1",
                        START,
                        List.of(VideoParticipant.mediator("周"), VideoParticipant.party("张三")),
                        false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never work");
  }
}
