package org.db3311.sgc.adapter.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.core.intake.QueueTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fan-out, replay and back-pressure of the server-sent-events feed. */
@Implements({"5.3.5", "7.2.1.3"})
class SseFeedTest {

  static final List<ServiceWindow> WINDOWS =
      List.of(
          new ServiceWindow("1", "综合受理", Optional.empty()),
          new ServiceWindow("2", "业务办理", Optional.empty()),
          new ServiceWindow("3", "矛盾调解", Optional.empty()));

  private static final Instant AT = Instant.parse("2026-12-31T16:00:05Z");

  private final SseDisplayBoard board = new SseDisplayBoard(WINDOWS, 4);

  @AfterEach
  void close() {
    board.close();
  }

  private static QueueCall call(String number, String window) {
    return new QueueCall(new QueueTicket(number, 1, AT.minusSeconds(300)), window, AT);
  }

  private static JsonObject json(SseEvent e) {
    return Json.createReader(new StringReader(e.data())).readObject();
  }

  @Test
  @DisplayName("5.3.5: a page opened before any call shows every window's function and no number")
  void a_new_page_sees_every_window_with_its_function() {
    Probe page = Probe.eager();
    board.subscribe(page);
    List<SseEvent> replay = page.next(3);
    assertThat(replay).extracting(e -> json(e).getString("window")).containsExactly("1", "2", "3");
    assertThat(replay)
        .extracting(e -> json(e).getString("function"))
        .containsExactly("综合受理", "业务办理", "矛盾调解");
    assertThat(replay).allSatisfy(e -> assertThat(json(e).isNull("number")).isTrue());
    assertThat(replay).extracting(SseEvent::name).containsOnly("window");
  }

  @Test
  @DisplayName("7.2.1.3 按序叫号: every open page receives each call, in order, with the same ids")
  void calls_fan_out_to_every_page_in_order() {
    Probe a = Probe.eager();
    Probe b = Probe.eager();
    board.subscribe(a);
    board.subscribe(b);
    a.next(3);
    b.next(3);
    board.show(call("A0001", "1"));
    board.show(call("A0002", "2"));
    board.show(call("A0003", "1"));
    List<SseEvent> seenByA = a.next(3);
    assertThat(b.next(3)).isEqualTo(seenByA);
    assertThat(seenByA)
        .extracting(e -> json(e).getString("number"))
        .containsExactly("A0001", "A0002", "A0003");
    assertThat(seenByA).extracting(SseEvent::id).isSorted().doesNotHaveDuplicates();
    assertThat(json(seenByA.get(1)).getString("announcement")).isEqualTo("请 A0002 号到 2 号窗口");
  }

  @Test
  void a_page_opened_later_is_replayed_only_the_latest_state_of_each_window() {
    board.show(call("A0001", "1"));
    board.show(call("A0002", "2"));
    board.show(call("A0003", "1"));
    Probe late = Probe.eager();
    board.subscribe(late);
    List<SseEvent> replay = late.next(3);
    assertThat(replay).extracting(e -> json(e).getString("window")).containsExactly("3", "2", "1");
    assertThat(json(replay.get(2)).getString("number")).isEqualTo("A0003");
    assertThat(json(replay.get(1)).getString("number")).isEqualTo("A0002");
    assertThat(json(replay.get(0)).isNull("number")).isTrue();
    assertThat(board.current()).isEqualTo(replay);
    assertThat(late.received).isEmpty();
  }

  @Test
  void a_reconnecting_browser_gets_only_what_changed_since_its_last_event_id() {
    Probe first = Probe.eager();
    board.subscribe(first);
    first.next(3);
    board.show(call("A0001", "1"));
    long seen = first.next(1).getFirst().id();
    board.show(call("A0002", "2"));

    Probe again = Probe.eager();
    board.subscribe(again, seen);
    SseEvent only = again.next(1).getFirst();
    assertThat(json(only).getString("number")).isEqualTo("A0002");
    board.show(call("A0003", "3"));
    assertThat(json(again.next(1).getFirst()).getString("number")).isEqualTo("A0003");
    assertThat(again.received).isEmpty();
  }

  @Test
  void an_id_from_before_a_restart_replays_everything() {
    Probe page = Probe.eager();
    board.subscribe(page, 1_000_000);
    assertThat(page.next(3))
        .extracting(e -> json(e).getString("window"))
        .containsExactly("1", "2", "3");
  }

  @Test
  @DisplayName("a page that stops reading is dropped; the caller and the other pages go on")
  void a_slow_page_is_dropped_without_blocking_the_caller() {
    CountDownLatch release = new CountDownLatch(1);
    Probe stuck = Probe.stuckUntil(release);
    Probe fast = Probe.eager();
    board.subscribe(stuck);
    board.subscribe(fast);
    fast.next(3);
    for (int i = 1; i <= 10; i++) {
      // returns although stuck never returns from its first onNext; fast keeps up with each call
      String number = "A%04d".formatted(i);
      board.show(call(number, "1"));
      assertThat(json(fast.next(1).getFirst()).getString("number")).isEqualTo(number);
    }
    assertThat(board.subscribers()).isEqualTo(1);
    release.countDown();
    assertThat(stuck.awaitError()).isInstanceOf(SlowSubscriberException.class);
  }

  @Test
  void a_page_receives_only_what_it_requested() {
    Probe page = Probe.requesting(2);
    board.subscribe(page);
    assertThat(page.next(2)).extracting(e -> json(e).getString("window")).containsExactly("1", "2");
    board.show(call("A0001", "1"));
    assertThat(page.received).isEmpty();
    page.awaitSubscription().request(2);
    assertThat(page.next(2)).extracting(e -> json(e).getString("window")).containsExactly("3", "1");
  }

  @Test
  void a_cancelled_page_is_detached_and_a_non_positive_request_is_an_error() {
    Probe page = Probe.eager();
    board.subscribe(page);
    page.next(3);
    page.awaitSubscription().cancel();
    assertThat(board.subscribers()).isZero();
    board.show(call("A0001", "1"));
    assertThat(page.received).isEmpty();

    Probe careless = Probe.requesting(0);
    board.subscribe(careless);
    careless.awaitSubscription().request(0);
    assertThat(careless.awaitError())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.9");
  }

  @Test
  void closing_completes_every_page_and_refuses_new_calls_and_pages() {
    Probe page = Probe.eager();
    board.subscribe(page);
    page.next(3);
    board.close();
    page.awaitCompletion();
    assertThatThrownBy(() -> board.show(call("A0001", "1")))
        .isInstanceOf(IllegalStateException.class);
    SseDisplayBoard other = new SseDisplayBoard(WINDOWS, 4);
    other.close();
    Probe tooLate = Probe.eager();
    other.subscribe(tooLate);
    assertThat(tooLate.awaitError()).hasMessageContaining("closed");
  }

  @Test
  void a_window_the_board_was_not_told_of_shows_its_number_without_a_function() {
    board.show(call("B0001", "9"));
    SseEvent e = board.current().getLast();
    assertThat(json(e).getString("window")).isEqualTo("9");
    assertThat(json(e).isNull("function")).isTrue();
  }

  @Test
  void the_event_text_is_the_event_stream_format() {
    board.show(call("A0007", "3"));
    SseEvent e = board.current().getLast();
    assertThat(e.text())
        .isEqualTo(
            "id: "
                + e.id()
                + "\nevent: window\ndata: {\"window\":\"3\",\"function\":\"矛盾调解\",\"number\":\"A0007\","
                + "\"announcement\":\"请 A0007 号到 3 号窗口\",\"calledAt\":\"2026-12-31T16:00:05Z\"}\n\n");
    assertThat(new SseEvent(7, "note", "one\r\ntwo\nthree\r").text())
        .isEqualTo("id: 7\nevent: note\ndata: one\ndata: two\ndata: three\ndata: \n\n");
    assertThatThrownBy(() -> new SseEvent(1, "a\nb", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_buffer_comes_from_plain_properties_and_is_checked() {
    Properties p = new Properties();
    p.setProperty("sgc.display.sse.buffer", "0");
    assertThatThrownBy(() -> SseDisplayBoard.from(p, WINDOWS))
        .hasMessageContaining("sgc.display.sse.buffer");
    p.setProperty("sgc.display.sse.buffer", "many");
    assertThatThrownBy(() -> SseDisplayBoard.from(p, WINDOWS))
        .hasMessageContaining("sgc.display.sse.buffer");
    p.setProperty("sgc.display.sse.buffer", "8");
    try (SseDisplayBoard b = SseDisplayBoard.from(p, WINDOWS)) {
      assertThat(b.current()).hasSize(3);
    }
  }
}
