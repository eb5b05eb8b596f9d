package org.db3311.sgc.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.core.intake.QueueTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the hall's screens show, read by an independent MQTT client on the real broker. */
@Implements({"5.3.5", "7.2.1.3"})
class MqttScreensTest {

  private static final Instant AT = Instant.parse("2026-12-31T16:00:05Z");

  private final Hall hall = new Hall();

  @AfterEach
  void clear() {
    hall.close();
  }

  private static QueueCall call(String number, String window) {
    return new QueueCall(new QueueTicket(number, 1, AT.minusSeconds(600)), window, AT);
  }

  @Test
  @DisplayName(
      "5.3.5 窗口正上方…标示对应的窗口功能; 7.2.1.3 按序叫号: the screen shows the function, then the number")
  void a_window_screen_shows_its_function_then_the_number_called() {
    try (Screen screen = Screen.watching(hall.topic("window/#"))) {
      MqttDisplayBoard board = hall.board();
      JsonObject idle = screen.awaitJson(hall.topic("window/3"), j -> j.isNull("number"));
      assertThat(idle.getString("function")).isEqualTo("矛盾调解");
      assertThat(idle.isNull("announcement")).isTrue();

      board.show(call("A0007", "3"));
      Screen.Received r =
          screen.await(hall.topic("window/3"), m -> m.text().contains("\"number\":\"A0007\""));
      JsonObject shown = r.json();
      assertThat(shown.getString("window")).isEqualTo("3");
      assertThat(shown.getString("function")).isEqualTo("矛盾调解");
      assertThat(shown.getString("announcement")).isEqualTo("请 A0007 号到 3 号窗口");
      assertThat(shown.getString("calledAt")).isEqualTo("2026-12-31T16:00:05Z");
      assertThat(r.utf8()).isTrue();
      assertThat(r.contentType()).contains("application/json; charset=utf-8");
      JsonObject other = screen.awaitJson(hall.topic("window/1"), j -> true);
      assertThat(other.isNull("number")).as("window 1 was not called").isTrue();
    }
  }

  @Test
  void a_screen_switched_on_after_the_calls_shows_the_latest_at_once() {
    MqttDisplayBoard board = hall.board();
    board.show(call("A0001", "2"));
    board.show(call("A0004", "2"));
    try (Screen late = Screen.watching(hall.topic("window/2"))) {
      Screen.Received r =
          late.await(hall.topic("window/2"), m -> m.text().contains("\"number\":\"A0004\""));
      assertThat(r.retained()).as("delivered as the retained state").isTrue();
      assertThat(r.json().getString("function")).isEqualTo("业务办理");
    }
  }

  @Test
  @DisplayName("5.3.5 功能区分布图: the zone map lists the zones with their functions and the windows")
  void the_zone_map_is_retained_for_the_map_screen() {
    hall.board();
    try (Screen late = Screen.watching(hall.topic("zone-map"))) {
      JsonObject map = late.awaitJson(hall.topic("zone-map"), j -> true);
      assertThat(map.getString("center")).isEqualTo("331121");
      JsonObject reception = map.getJsonArray("zones").getJsonObject(0);
      assertThat(reception.getString("kind")).isEqualTo("RECEPTION");
      assertThat(reception.getString("name")).isEqualTo("综合接待区");
      assertThat(reception.getJsonArray("functions").getValuesAs(JsonObject.class))
          .extracting(f -> f.getString("name"))
          .containsExactly("安检", "等候", "综合受理", "业务办理");
      assertThat(map.getJsonArray("zones").getJsonObject(1).getString("name"))
          .isEqualTo("矛盾纠纷调处化解区");
      assertThat(map.getJsonArray("windows").getValuesAs(JsonObject.class))
          .extracting(w -> w.getString("window") + "=" + w.getString("function"))
          .containsExactly("1=综合受理", "2=业务办理", "3=矛盾调解");
    }
  }

  @Test
  @DisplayName(
      "after the connection drops, a call made meanwhile reaches the screens once the board is back")
  void the_board_reconnects_and_the_screens_catch_up() throws IOException {
    try (TcpProxy network = new TcpProxy(Screen.HOST, Screen.PORT);
        Screen status = Screen.watching(hall.topic("status"))) {
      MqttDisplayBoard board = hall.board(network.port());
      status.await(hall.topic("status"), m -> m.text().equals("online"));
      board.show(call("A0010", "1"));

      network.dropConnections();
      Screen.waitUntil(() -> !board.health().up(), "the board notices the lost connection");
      status.await(hall.topic("status"), m -> m.text().equals("offline"));
      board.show(call("A0011", "1")); // returns at once although the broker is out of reach
      assertThat(board.health().detail()).contains("not connected");

      Screen.waitUntil(() -> board.health().up(), "the board reconnects by itself");
      status.await(hall.topic("status"), m -> m.text().equals("online"));
      try (Screen late = Screen.watching(hall.topic("window/1"))) {
        assertThat(
                late.awaitJson(
                        hall.topic("window/1"),
                        j -> !j.isNull("number") && j.getString("number").equals("A0011"))
                    .getString("announcement"))
            .isEqualTo("请 A0011 号到 1 号窗口");
      }
    }
  }

  @Test
  void a_window_the_layout_does_not_list_shows_the_number_without_a_function() {
    hall.alsoClear("window/9");
    MqttDisplayBoard board = hall.board();
    board.show(call("B0002", "9"));
    try (Screen late = Screen.watching(hall.topic("window/9"))) {
      JsonObject shown = late.awaitJson(hall.topic("window/9"), j -> !j.isNull("number"));
      assertThat(shown.getString("number")).isEqualTo("B0002");
      assertThat(shown.isNull("function")).isTrue();
    }
  }

  @Test
  void a_window_label_that_would_change_the_topic_is_refused() {
    MqttDisplayBoard board = hall.board();
    for (String label : List.of("1/2", "+", "#", "$SYS")) {
      assertThatThrownBy(() -> board.show(call("A0001", label)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("topic level");
    }
  }

  @Test
  void closing_the_board_tells_the_screens_it_is_offline() {
    try (Screen status = Screen.watching(hall.topic("status"))) {
      MqttDisplayBoard board = hall.board();
      assertThat(board.health().up()).isTrue();
      assertThat(board.health().detail()).startsWith("connected to tcp://127.0.0.1:1883");
      status.await(hall.topic("status"), m -> m.text().equals("online"));
      board.close();
      status.await(hall.topic("status"), m -> m.text().equals("offline") && m.utf8());
      assertThat(board.health().up()).isFalse();
      assertThatThrownBy(() -> board.show(call("A0001", "1")))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_board_that_cannot_reach_its_broker_fails_at_start_naming_it() throws IOException {
    int unused;
    try (ServerSocket s = new ServerSocket(0)) {
      unused = s.getLocalPort();
    }
    assertThatThrownBy(() -> hall.board(unused))
        .isInstanceOf(DisplayUnavailableException.class)
        .hasMessageContaining("tcp://127.0.0.1:" + unused);
  }
}
