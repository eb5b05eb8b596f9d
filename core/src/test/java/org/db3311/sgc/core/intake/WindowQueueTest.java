package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("7.2.1.3")
@DisplayName("7.2.1.3 窗口工作人员应做好办事群众引导，按序叫号，有序办事")
class WindowQueueTest {

  private final MutableClock clock = MutableClock.at("2026-11-25T09:00:00");
  private final InMemoryDisplayBoard board = new InMemoryDisplayBoard();

  private WindowQueue queue() {
    return new WindowQueue(
        IntakeFixtures.QINGTIAN, "A", new InMemorySequenceGenerator(), board, clock);
  }

  @Test
  @DisplayName("numbers are called in the order they were taken, and shown on the board")
  void in_order() {
    WindowQueue q = queue();
    QueueTicket first = q.take();
    QueueTicket second = q.take();
    assertThat(first.number()).isEqualTo("A0001");
    assertThat(q.callNext("3")).map(QueueCall::ticket).contains(first);
    assertThat(q.callNext("1")).map(QueueCall::ticket).contains(second);
    assertThat(q.callNext("1")).isEmpty();
    assertThat(board.shown())
        .extracting(QueueCall::announcement)
        .containsExactly("请 A0001 号到 3 号窗口", "请 A0002 号到 1 号窗口");
  }

  @Test
  void numbering_restarts_each_day() {
    WindowQueue q = queue();
    q.take();
    clock.advance(Duration.ofDays(1));
    assertThat(q.take().number()).isEqualTo("A0001");
  }
}
