package org.db3311.sgc.adapter.jitsi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.db3311.sgc.core.mediation.VideoRoomProvider;
import org.db3311.sgc.core.mediation.VideoRoomProviderContract;

class JitsiVideoRoomProviderTest extends VideoRoomProviderContract {

  static final String SECRET = "a-test-secret-of-more-than-32-bytes-for-hs256";

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("sgc.video.jitsi.base-url", "https://meet.sgc.example.cn");
    p.setProperty("sgc.video.jitsi.app-id", "sgc-331121");
    p.setProperty("sgc.video.jitsi.app-secret", SECRET);
    return p;
  }

  @Override
  protected VideoRoomProvider newProvider() {
    return JitsiVideoRoomProvider.from(
        properties(), Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
  }
}
