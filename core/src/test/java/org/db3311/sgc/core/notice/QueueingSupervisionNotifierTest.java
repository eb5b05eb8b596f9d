package org.db3311.sgc.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.guidance.SupervisionNotice;
import org.db3311.sgc.core.guidance.SupervisionNotifier;
import org.db3311.sgc.core.guidance.SupervisionNotifierContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueueingSupervisionNotifierTest extends SupervisionNotifierContract {

  private final InMemoryNoticeQueue queue = new InMemoryNoticeQueue();
  private final Clock clock =
      Clock.fixed(Instant.parse("2027-01-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final List<NoticeId> queued = new java.util.ArrayList<>();

  @Override
  protected SupervisionNotifier newNotifier() {
    QueueingNotifier notifier = new QueueingNotifier(queue, new InMemoryUnitOfWork(), clock);
    return new QueueingSupervisionNotifier(
        n -> {
          var r = notifier.send(n);
          queued.add(new NoticeId(r.deliveryId()));
          return r;
        },
        unit -> Optional.of(PhoneNumber.of("13905781234")));
  }

  @Override
  protected List<String> handedOver() {
    return queued.stream()
        .map(id -> queue.find(id).orElseThrow().notification().reference())
        .toList();
  }

  @Test
  @DisplayName("a unit with a duty mobile gets a text message; one without, its inbox")
  void text_to_a_duty_mobile_else_the_inbox() {
    SupervisionNotice n = notice("ZD-2026-0009", SupervisionNotice.Level.URGING, 3);
    Notification text =
        QueueingSupervisionNotifier.toNotification(n, Optional.of(PhoneNumber.of("13905781234")));
    Notification inbox = QueueingSupervisionNotifier.toNotification(n, Optional.empty());

    assertThat(text.channel()).isEqualTo(Notification.Channel.SMS);
    assertThat(text.template().orElseThrow().values())
        .containsEntry("level", "催办")
        .containsEntry("due", "2026-12-30")
        .containsEntry("overdue", "3");
    assertThat(inbox.channel()).isEqualTo(Notification.Channel.UNIT_INBOX);
    assertThat(inbox.recipient().unit().orElseThrow().value()).isEqualTo("331121001");
    assertThat(
            Stream.of(text, inbox).map(Notification::reference).sorted(Comparator.naturalOrder()))
        .containsOnly("ZD-2026-0009");
  }
}
