package org.db3311.sgc.adapter.mqtt;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;

/** A test hall: three windows and two zones, and boards on topics no other test uses. */
final class Hall implements AutoCloseable {

  static final String CENTER = "331121";

  static final HallLayout LAYOUT =
      new HallLayout(
          Tier.TIER_1,
          List.of(
              new Zone(
                  ZoneKind.RECEPTION,
                  EnumSet.of(
                      ZoneFunction.SECURITY_CHECK,
                      ZoneFunction.WAITING,
                      ZoneFunction.COMPREHENSIVE_INTAKE,
                      ZoneFunction.BUSINESS_HANDLING)),
              new Zone(
                  ZoneKind.DISPUTE_RESOLUTION,
                  EnumSet.of(ZoneFunction.PETITIONS, ZoneFunction.MEDIATION))),
          List.of(
              new ServiceWindow("1", "综合受理", Optional.empty()),
              new ServiceWindow("2", "业务办理", Optional.empty()),
              new ServiceWindow("3", "矛盾调解", Optional.empty())));

  final String prefix = "sgc-test-" + UUID.randomUUID();
  private final List<MqttDisplayBoard> boards = new ArrayList<>();
  private final List<String> extraTopics = new ArrayList<>();

  MqttDisplaySettings settings(int port) {
    return new MqttDisplaySettings(
        URI.create("tcp://127.0.0.1:" + port),
        CENTER,
        prefix,
        "board-" + UUID.randomUUID().toString().substring(0, 8),
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(5));
  }

  MqttDisplayBoard board() {
    return board(Screen.PORT);
  }

  MqttDisplayBoard board(int port) {
    MqttDisplayBoard b = new MqttDisplayBoard(settings(port), LAYOUT);
    boards.add(b);
    return b;
  }

  String topic(String rest) {
    return prefix + "/" + CENTER + "/" + rest;
  }

  /** A topic outside the layout that a test publishes to, to clear afterwards. */
  void alsoClear(String rest) {
    extraTopics.add(topic(rest));
  }

  @Override
  public void close() {
    boards.forEach(MqttDisplayBoard::close);
    List<String> topics = new ArrayList<>(extraTopics);
    topics.add(topic("zone-map"));
    topics.add(topic("status"));
    LAYOUT.windows().forEach(w -> topics.add(topic("window/" + w.label())));
    Screen.clearRetained(topics);
  }
}
