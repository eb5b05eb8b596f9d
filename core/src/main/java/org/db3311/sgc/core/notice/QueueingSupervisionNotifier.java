package org.db3311.sgc.core.notice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.db3311.sgc.core.guidance.SupervisionNotice;
import org.db3311.sgc.core.guidance.SupervisionNotifier;

/**
 * The guidance {@link SupervisionNotifier} over a {@link Notifier} (usually the {@link
 * QueueingNotifier}, so a supervision notice survives a crash as any other): a text message to the
 * unit's duty mobile number where the deployment knows one, otherwise a message to the unit's
 * inbox. Template {@code guidance-supervision} with the fields {@code level}, {@code due} and
 * {@code overdue} (working days); the reference is the task's id.
 */
public final class QueueingSupervisionNotifier implements SupervisionNotifier {

  private final Notifier notifier;
  private final Function<GrassrootsUnit, Optional<PhoneNumber>> dutyMobile;

  /**
   * @param dutyMobile the duty mobile number (值班手机) of a unit, where known
   */
  public QueueingSupervisionNotifier(
      Notifier notifier, Function<GrassrootsUnit, Optional<PhoneNumber>> dutyMobile) {
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.dutyMobile = Objects.requireNonNull(dutyMobile, "dutyMobile");
  }

  @Override
  public void send(SupervisionNotice notice) {
    notifier.send(toNotification(notice, dutyMobile.apply(notice.unit())));
  }

  /** The notification telling {@code notice}, by text message when a mobile number is given. */
  public static Notification toNotification(
      SupervisionNotice notice, Optional<PhoneNumber> mobile) {
    Objects.requireNonNull(notice, "notice");
    String level =
        switch (notice.level()) {
          case REMINDER -> "提醒";
          case URGING -> "催办";
          case ESCALATION -> "挂牌督办";
        };
    String body =
        "指导任务 "
            + notice.taskId()
            + " 期限 "
            + notice.due()
            + (notice.workingDaysOverdue() > 0
                ? "，已逾期 " + notice.workingDaysOverdue() + " 个工作日"
                : "")
            + "，请即办理。";
    Map<String, String> values = new LinkedHashMap<>();
    values.put("level", level);
    values.put("due", notice.due().toString());
    values.put("overdue", Long.toString(notice.workingDaysOverdue()));
    GrassrootsUnit unit = notice.unit();
    Notification.Recipient recipient =
        mobile
            .filter(PhoneNumber::isMobile)
            .map(m -> Notification.Recipient.person(unit.name(), m))
            .orElseGet(() -> Notification.Recipient.unit(UnitId.of(unit.code()), unit.name()));
    Notification.Channel channel =
        recipient.unit().isPresent() ? Notification.Channel.UNIT_INBOX : Notification.Channel.SMS;
    return new Notification(recipient, channel, "督办" + level, body, notice.taskId().value())
        .withTemplate("guidance-supervision", values);
  }
}
