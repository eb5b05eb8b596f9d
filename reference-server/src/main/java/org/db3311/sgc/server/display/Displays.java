package org.db3311.sgc.server.display;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.mqtt.MqttDisplayBoard;
import org.db3311.sgc.adapter.sse.SseDisplayBoard;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.intake.WindowQueue;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The displays of every county the deployment serves, built at start-up from {@link
 * DisplaySettings}: the SSE feed always (it needs no service), the MQTT screens when {@code
 * sgc.display.mqtt.uri} is set (connected in the background, so an unreachable broker delays
 * nothing). A county's queue is made at its first ticket, on the county's store and clock.
 */
@ApplicationScoped
public class Displays {

  private static final Logger LOG = Logger.getLogger(Displays.class.getName());

  @Inject Centers centers;
  @Inject Clock clock;

  private DisplaySettings settings;
  private final Map<DivisionCode, CountyDisplay> counties = new ConcurrentHashMap<>();
  private final Map<Optional<java.nio.file.Path>, Hall> halls = new ConcurrentHashMap<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    init();
  }

  private synchronized void init() {
    if (settings != null) {
      return;
    }
    settings = DisplaySettings.from(ConfigProvider.getConfig());
    for (DivisionCode county : centers.counties()) {
      counties.put(county, build(county));
    }
    LOG.info(
        () ->
            "displays: an SSE feed for "
                + counties.size()
                + " counties"
                + settings
                    .mqtt()
                    .map(p -> ", MQTT screens at " + p.getProperty("sgc.display.mqtt.broker"))
                    .orElse(" (no sgc.display.mqtt.uri: no MQTT screens)"));
  }

  private CountyDisplay build(DivisionCode county) {
    // counties sharing a profile share its reading (a profile holds no county-specific state here)
    Hall hall = halls.computeIfAbsent(settings.hallProfileOf(county), Hall::load);
    SseDisplayBoard feed = SseDisplayBoard.from(settings.sse(), hall.windows());
    Optional<MqttScreens> screens =
        settings
            .mqttFor(county)
            .map(
                p ->
                    new MqttScreens(
                        p.getProperty("sgc.display.mqtt.broker"),
                        () -> MqttDisplayBoard.from(p, hall.layout()),
                        settings.mqttRetry(),
                        clock));
    return new CountyDisplay(
        county,
        hall,
        feed,
        screens,
        clock,
        board -> {
          Centers.County c = centers.of(county).orElseThrow();
          // the county's store as it is at each number (the inspection tenant's is reopened)
          SequenceGenerator sequences =
              scope -> centers.of(county).orElseThrow().store().sequences().next(scope);
          return new WindowQueue(
              county, settings.ticketPrefix(), sequences, board, c.center().clock());
        });
  }

  /** The settings read at start-up. */
  public DisplaySettings settings() {
    init();
    return settings;
  }

  /** The displays of the county, when this deployment serves it. */
  public Optional<CountyDisplay> of(DivisionCode county) {
    init();
    return Optional.ofNullable(counties.get(county));
  }

  /** Every county's boards, for the health check. */
  public List<CountyHealth> health() {
    init();
    return counties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
        .map(e -> new CountyHealth(e.getKey().value(), e.getValue().health()))
        .toList();
  }

  /** One county's boards. */
  public record CountyHealth(String county, List<CountyDisplay.BoardHealth> boards) {
    public boolean up() {
      return boards.stream().allMatch(CountyDisplay.BoardHealth::up);
    }
  }

  /**
   * Ends every display page's stream before the web server stops (its observer has priority 0): a
   * screen's stream never ends by itself, and the server's graceful stop would wait for it the
   * whole grace period. The screens reconnect to the next instance with their Last-Event-ID.
   */
  void endStreams(
      @Observes @Priority(-100) @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    counties.values().forEach(d -> d.feed().close());
  }

  @PreDestroy
  void close() {
    counties.values().forEach(CountyDisplay::close);
    counties.clear();
  }
}
