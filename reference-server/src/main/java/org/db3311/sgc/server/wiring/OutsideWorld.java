package org.db3311.sgc.server.wiring;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.db3311.sgc.adapter.gateway.HttpCityCenterGateway;
import org.db3311.sgc.adapter.gateway.HttpCountyCenterGateway;
import org.db3311.sgc.adapter.gateway.HttpOnlineFilingGateway;
import org.db3311.sgc.adapter.gateway.HttpResultReporter;
import org.db3311.sgc.adapter.gateway.HttpSourcePlatformGateway;
import org.db3311.sgc.adapter.jitsi.JitsiVideoRoomProvider;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.eventhandling.CityCenterGateway;
import org.db3311.sgc.core.eventhandling.CountyCenterGateway;
import org.db3311.sgc.core.eventhandling.ResultReporter;
import org.db3311.sgc.core.intake.SourcePlatformGateway;
import org.db3311.sgc.core.mediation.OnlineFilingGateway;
import org.db3311.sgc.core.mediation.VideoRoomProvider;
import org.eclipse.microprofile.config.Config;

/**
 * The bodies outside the center a county connects by configuration: the self-hosted Jitsi Meet for
 * online mediation (6.2.1.1.2, {@code sgc.video.jitsi.*}), the city center (6.3.1.2, 6.3.1.3,
 * {@code sgc.gateway.city-center.*}), other county centers ({@code sgc.gateway.county-center.*}),
 * the courts' online filing ({@code sgc.gateway.online-filing.*}), result reports ({@code
 * sgc.gateway.result-reports.*}) and the source platforms of transferred matters ({@code
 * sgc.gateway.source-platform.<channel>.*}). Each is built from its properties and fails the start
 * naming a missing or bad one; one that is not configured keeps the core's in-process stand-in,
 * which records what would have been sent and sends nothing (the README says so).
 */
public record OutsideWorld(
    Optional<VideoRoomProvider> videoRooms,
    Optional<CityCenterGateway> cityCenter,
    Optional<CountyCenterGateway> countyCenters,
    Optional<OnlineFilingGateway> onlineFiling,
    Optional<ResultReporter> resultReporter,
    Optional<SourcePlatformGateway> sourcePlatforms) {

  /** The adapters the configuration names. */
  public static OutsideWorld from(Config config, Clock clock) {
    Map<String, String> props = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith("sgc.video.jitsi.") || name.startsWith("sgc.gateway.")) {
        config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name, v));
      }
    }
    return from(props, clock);
  }

  static OutsideWorld from(Map<String, String> props, Clock clock) {
    Properties p = new Properties();
    p.putAll(props);
    return new OutsideWorld(
        any(props, "sgc.video.jitsi.")
            ? Optional.of(JitsiVideoRoomProvider.from(p, clock))
            : Optional.empty(),
        any(props, HttpCityCenterGateway.PREFIX)
            ? Optional.of(HttpCityCenterGateway.fromProperties(props))
            : Optional.empty(),
        any(props, HttpCountyCenterGateway.PREFIX)
            ? Optional.of(HttpCountyCenterGateway.fromProperties(props))
            : Optional.empty(),
        any(props, HttpOnlineFilingGateway.PREFIX)
            ? Optional.of(HttpOnlineFilingGateway.fromProperties(props))
            : Optional.empty(),
        any(props, HttpResultReporter.PREFIX)
            ? Optional.of(HttpResultReporter.fromProperties(props))
            : Optional.empty(),
        any(props, HttpSourcePlatformGateway.PREFIX)
            ? Optional.of(HttpSourcePlatformGateway.fromProperties(props, clock))
            : Optional.empty());
  }

  private static boolean any(Map<String, String> props, String prefix) {
    return props.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** Gives the builder every configured adapter. */
  public void applyTo(GovernanceCenter.Builder b) {
    videoRooms.ifPresent(b::videoRooms);
    cityCenter.ifPresent(b::cityCenter);
    countyCenters.ifPresent(b::countyCenters);
    onlineFiling.ifPresent(b::onlineFiling);
    resultReporter.ifPresent(b::resultReporter);
    sourcePlatforms.ifPresent(b::sourcePlatforms);
  }
}
