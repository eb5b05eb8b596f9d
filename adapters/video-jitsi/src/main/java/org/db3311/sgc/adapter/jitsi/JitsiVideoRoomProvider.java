package org.db3311.sgc.adapter.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.mediation.VideoInvitation;
import org.db3311.sgc.core.mediation.VideoParticipant;
import org.db3311.sgc.core.mediation.VideoRoom;
import org.db3311.sgc.core.mediation.VideoRoomProvider;
import org.db3311.sgc.core.mediation.VideoRoomRequest;

/**
 * Video rooms for online mediation (6.2.1.1.2: 由调解人员通过视频等方式组织开展线上调解) on a self-hosted Jitsi Meet
 * with token authentication.
 *
 * <p><b>Rooms.</b> A room's name is 160 random bits from {@link SecureRandom}, written as 32
 * lower-case base32 letters and digits: nobody can guess it, it says nothing of the case, and it
 * survives Jitsi's lower-casing of room names (XMPP room addresses are case-insensitive, so
 * mixed-case base64 would lose entropy).
 *
 * <p><b>Join links.</b> {@link #invite} gives each participant {@code
 * <base-url>/<room>?jwt=<token>}, the token an HS256 JWT signed with the app secret and carrying
 * the claims Jitsi's token authentication checks: {@code iss} (app id), {@code aud}, {@code sub}
 * (the Jitsi domain), {@code room} (this room only), {@code iat}, {@code nbf} (the start less
 * {@code join-early}) and {@code exp} (the start plus {@code token-lifetime}); and {@code
 * context.user} with the display {@code name}, {@code moderator} ({@code true} for mediators only)
 * and {@code affiliation} ({@code owner} for mediators, {@code member} for parties), and {@code
 * context.features.recording} ({@code true} only in a mediator's token of a session to be recorded:
 * Jitsi lets only moderators record).
 *
 * <p>{@link #open}, the port's older call, knows no roles: it opens a room and returns its address;
 * nobody gets a token from it.
 */
@Implements("6.2.1.1.2")
public final class JitsiVideoRoomProvider implements VideoRoomProvider {

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int ROOM_BYTES = 20;

  private final JitsiSettings settings;
  private final Clock clock;
  private final MACSigner signer;
  private final SecureRandom random = new SecureRandom();

  public JitsiVideoRoomProvider(JitsiSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.signer = new MACSigner(settings.appSecret().getBytes(StandardCharsets.UTF_8));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("sgc.video.jitsi.app-secret: " + e.getMessage(), e);
    }
  }

  /** Reads {@link JitsiSettings} from the properties; fails at once when they are incomplete. */
  public static JitsiVideoRoomProvider from(Properties properties, Clock clock) {
    return new JitsiVideoRoomProvider(JitsiSettings.from(properties), clock);
  }

  @Override
  public VideoRoom open(String reference, Instant startsAt, List<String> participants) {
    requireReference(reference);
    Objects.requireNonNull(startsAt, "startsAt");
    if (participants == null || participants.isEmpty()) {
      throw new IllegalArgumentException("a video room needs participants");
    }
    String room = newRoomName();
    return new VideoRoom(room, settings.roomUrl(room), startsAt);
  }

  @Override
  public VideoInvitation invite(VideoRoomRequest request) {
    Objects.requireNonNull(request, "request");
    Instant notBefore = request.startsAt().minus(settings.joinEarly());
    Instant expires = request.startsAt().plus(settings.tokenLifetime());
    Instant now = clock.instant();
    if (!expires.isAfter(now)) {
      throw new IllegalArgumentException(
          "the session at "
              + request.startsAt()
              + " is over by the token lifetime ("
              + settings.tokenLifetime()
              + "): its links would never work");
    }
    String room = newRoomName();
    VideoRoom videoRoom = new VideoRoom(room, settings.roomUrl(room), request.startsAt());
    List<VideoInvitation.JoinLink> links =
        request.participants().stream()
            .map(
                p ->
                    new VideoInvitation.JoinLink(
                        p.name(),
                        p.mediator(),
                        videoRoom.joinUrl()
                            + "?jwt="
                            + token(room, p, request.recording(), now, notBefore, expires)))
            .toList();
    return new VideoInvitation(videoRoom, links, request.recording());
  }

  private String token(
      String room,
      VideoParticipant p,
      boolean recording,
      Instant issuedAt,
      Instant notBefore,
      Instant expires) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("name", p.name());
    user.put("moderator", p.mediator());
    user.put("affiliation", p.mediator() ? "owner" : "member");
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("recording", recording && p.mediator());
    features.put("livestreaming", false);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("user", user);
    context.put("features", features);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.appId())
            .audience(settings.audience())
            .subject(settings.domain())
            .claim("room", room)
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(notBefore))
            .expirationTime(Date.from(expires))
            .claim("context", context)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a Jitsi token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /** 160 random bits as 32 lower-case base32 characters. */
  private String newRoomName() {
    byte[] bytes = new byte[ROOM_BYTES];
    random.nextBytes(bytes);
    StringBuilder out = new StringBuilder(ROOM_BYTES * 8 / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return out.toString();
  }

  private static void requireReference(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a video room is opened for a mediation case");
    }
  }
}
