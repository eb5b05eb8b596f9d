package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server with {@code sgc.display.mqtt.uri} set, against the real Mosquitto on 127.0.0.1:1883
 * ({@code bin/test} starts it when down): what a screen subscribed with an independent client shows
 * before and after a window's call, and after it reconnects. The topics live under a prefix of this
 * test's own, whose retained messages are cleared afterwards.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/display-mqtt")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.display.mqtt.uri", value = DisplayMqttApiTest.BROKER)
@AddConfig(key = "sgc.display.mqtt.topic-prefix", value = DisplayMqttApiTest.PREFIX)
@DisplayName("Displays: the window screens over MQTT (real Mosquitto) show each call, retained")
@Implements({"5.3.5", "7.2.1.3"})
class DisplayMqttApiTest {

  static final String BROKER = "tcp://127.0.0.1:1883";
  static final String PREFIX = "sgc-test-server-display";
  static final String HALL = PREFIX + "/331102";

  static final String KIOSK = Api.token("331102", Roles.KIOSK);
  static final String CLERK = Api.token("331102", Roles.CLERK);

  @Inject WebTarget target;
  Api api;

  @BeforeEach
  void connected() throws InterruptedException {
    api = new Api(target);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String ready = "";
    while (System.nanoTime() < deadline) {
      ready = target.path("/health/ready").request().get().readEntity(String.class);
      if (ready.contains("\"331102.mqtt\":\"UP")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the MQTT screens did not connect: " + ready);
  }

  String take() {
    Response r = api.post(KIOSK, "/api/v1/queue-tickets", "");
    assertThat(r.getStatus()).isEqualTo(201);
    return Api.json(r).getString("number");
  }

  void call(String window) {
    Response r = api.post(CLERK, "/api/v1/windows/" + window + "/calls", "");
    assertThat(r.getStatus()).isEqualTo(201);
  }

  @Test
  @DisplayName(
      "5.3.5 窗口正上方采用电子屏幕等方式标示对应的窗口功能 and 7.2.1.3 按序叫号: the screen above window 3, before and after"
          + " calls, and after it reconnects")
  void the_screen_above_a_window_shows_its_function_and_the_number_called() throws Exception {
    try (MqttScreen screen = MqttScreen.watching(BROKER, HALL + "/window/3")) {
      MqttScreen.Shown before = screen.next(Duration.ofSeconds(10)).orElseThrow();
      assertThat(before.retained()).isTrue();
      assertThat(before.json().getString("function")).isEqualTo("矛盾纠纷调解");

      String first = take();
      call("3");
      JsonObject called = nextWithNumber(screen, first);
      assertThat(called.getString("window")).isEqualTo("3");
      assertThat(called.getString("function")).isEqualTo("矛盾纠纷调解");
      assertThat(called.getString("announcement")).isEqualTo("请 " + first + " 号到 3 号窗口");

      screen.switchOff();
      String second = take();
      call("3");
      screen.switchOn();
      MqttScreen.Shown after = screen.next(Duration.ofSeconds(10)).orElseThrow();
      assertThat(after.retained())
          .as("the screen that was off receives the retained state at once")
          .isTrue();
      assertThat(after.json().getString("number")).isEqualTo(second);
      assertThat(after.json().getString("function")).isEqualTo("矛盾纠纷调解");
    }
  }

  /** Skips a retained state published before the call, if the broker delivered one first. */
  private static JsonObject nextWithNumber(MqttScreen screen, String number)
      throws InterruptedException {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      MqttScreen.Shown s = screen.next(Duration.ofSeconds(10)).orElseThrow();
      seen.add(s.text());
      JsonValue n = s.json().get("number");
      if (n instanceof jakarta.json.JsonString str && str.getString().equals(number)) {
        return s.json();
      }
    }
    throw new AssertionError("no message shows " + number + ": " + seen);
  }

  @Test
  @DisplayName("5.3.5 醒目位置应设有功能区分布图: the zone map is retained for the hall's screen")
  void the_zone_map_and_the_boards_status_are_retained() throws Exception {
    try (MqttScreen map = MqttScreen.watching(BROKER, HALL + "/zone-map")) {
      JsonObject m = map.next(Duration.ofSeconds(10)).orElseThrow().json();
      assertThat(m.getString("center")).isEqualTo("331102");
      assertThat(m.getJsonArray("zones")).hasSizeGreaterThanOrEqualTo(3);
      assertThat(m.getJsonArray("windows")).hasSize(6);
    }
    try (MqttScreen status = MqttScreen.watching(BROKER, HALL + "/status")) {
      assertThat(status.next(Duration.ofSeconds(10)).orElseThrow().text()).isEqualTo("online");
    }
    String ready = target.path("/health/ready").request().get().readEntity(String.class);
    assertThat(ready).contains("\"displays\":\"UP\"").contains("\"331102.sse\":\"UP");
  }

  @AfterAll
  static void clear() throws Exception {
    List<String> topics = new ArrayList<>(List.of(HALL + "/zone-map", HALL + "/status"));
    for (int w = 1; w <= 6; w++) {
      topics.add(HALL + "/window/" + w);
    }
    MqttScreen.clearRetained(BROKER, topics.toArray(String[]::new));
  }
}
