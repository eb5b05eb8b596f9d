package org.db3311.sgc.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.db3311.sgc.adapter.gateway.HttpCityCenterGateway;
import org.db3311.sgc.adapter.gateway.HttpOnlineFilingGateway;
import org.db3311.sgc.adapter.gateway.HttpSourcePlatformGateway;
import org.db3311.sgc.adapter.jitsi.JitsiVideoRoomProvider;
import org.junit.jupiter.api.Test;

class OutsideWorldTest {

  static final Clock CLOCK = Clock.system(Wiring.ZONE);

  @Test
  void nothing_configured_keeps_every_in_process_stand_in() {
    OutsideWorld w = OutsideWorld.from(Map.of("sgc.other", "x"), CLOCK);
    assertThat(w.videoRooms()).isEmpty();
    assertThat(w.cityCenter()).isEmpty();
    assertThat(w.countyCenters()).isEmpty();
    assertThat(w.onlineFiling()).isEmpty();
    assertThat(w.resultReporter()).isEmpty();
    assertThat(w.sourcePlatforms()).isEmpty();
  }

  @Test
  void each_configured_body_gets_its_adapter_and_only_it() {
    OutsideWorld w =
        OutsideWorld.from(
            Map.of(
                "sgc.video.jitsi.base-url", "https://meet.example.org",
                "sgc.video.jitsi.app-id", "sgc",
                "sgc.video.jitsi.app-secret", "0123456789abcdef0123456789abcdef",
                "sgc.gateway.city-center.base-url", "https://city.example.org/api",
                "sgc.gateway.city-center.token", "t1",
                "sgc.gateway.online-filing.base-url", "https://court.example.org/api",
                "sgc.gateway.online-filing.token", "t2",
                "sgc.gateway.source-platform.hotline-12345.base-url", "https://12345.example.org",
                "sgc.gateway.source-platform.hotline-12345.token", "t3"),
            CLOCK);
    assertThat(w.videoRooms()).get().isInstanceOf(JitsiVideoRoomProvider.class);
    assertThat(w.cityCenter()).get().isInstanceOf(HttpCityCenterGateway.class);
    assertThat(w.onlineFiling()).get().isInstanceOf(HttpOnlineFilingGateway.class);
    assertThat(w.sourcePlatforms()).get().isInstanceOf(HttpSourcePlatformGateway.class);
    assertThat(w.countyCenters()).isEmpty();
    assertThat(w.resultReporter()).isEmpty();
  }

  @Test
  void a_misconfigured_body_fails_the_start_naming_the_property() {
    assertThatThrownBy(
            () ->
                OutsideWorld.from(
                    Map.of(
                        "sgc.video.jitsi.base-url", "https://meet.example.org",
                        "sgc.video.jitsi.app-id", "sgc",
                        "sgc.video.jitsi.app-secret", "short"),
                    CLOCK))
        .hasMessageContaining("sgc.video.jitsi.app-secret");
    assertThatThrownBy(
            () ->
                OutsideWorld.from(
                    Map.of("sgc.gateway.city-center.base-url", "https://city.example.org"), CLOCK))
        .hasMessageContaining("sgc.gateway.city-center.token");
  }
}
