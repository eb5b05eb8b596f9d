package org.db3311.sgc.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.NotifierContract;
import org.db3311.sgc.core.common.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueueingNotifierTest extends NotifierContract {

  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

  @Override
  protected Notifier newNotifier() {
    return new QueueingNotifier(queue, unitOfWork, clock);
  }

  @Test
  @DisplayName("the receipt names the queued notice")
  void the_receipt_names_the_queued_notice() {
    Notifier.Receipt r =
        newNotifier().send(NoticeQueueContract.resultNotice("331121-20270101-0001"));
    QueuedNotice q = queue.find(new NoticeId(r.deliveryId())).orElseThrow();
    assertThat(q.state()).isEqualTo(NoticeState.QUEUED);
    assertThat(r.sentAt()).isEqualTo(clock.instant());
  }

  @Test
  @DisplayName("a notice sent by a use case that fails is never queued")
  void a_failed_use_case_queues_nothing() {
    Notifier n = newNotifier();
    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      n.send(NoticeQueueContract.resultNotice("331121-20270101-0002"));
                      throw new IllegalStateException("stored nothing");
                    }))
        .hasMessage("stored nothing");
    assertThat(queue.countByState()).isEmpty();
  }
}
