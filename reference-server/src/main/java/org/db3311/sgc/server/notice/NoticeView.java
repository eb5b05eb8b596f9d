package org.db3311.sgc.server.notice;

import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.notice.QueuedNotice;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.security.Masking;

/**
 * A queued notice as staff see it: to whom (the telephone number masked, {@code 138****1234}), by
 * which channel and template, and where its delivery stands ({@code QUEUED}, {@code SENDING},
 * {@code SENT}, {@code DELIVERED}, {@code UNDELIVERED}, {@code FAILED}). The text itself is not
 * shown: the subject and template say what it was.
 */
public record NoticeView(
    String id,
    String reference,
    String channel,
    String template,
    String subject,
    String recipient,
    String phone,
    String unit,
    String state,
    String queuedAt,
    int attempts,
    String messageId,
    String lastFailure,
    String settledAt) {

  static NoticeView of(QueuedNotice q) {
    Notification n = q.notification();
    return new NoticeView(
        q.id().value(),
        n.reference(),
        n.channel().name(),
        n.template().map(Notification.Template::key).orElse(null),
        n.subject(),
        n.recipient().name(),
        n.recipient().phone().map(p -> Masking.phone(p.value())).orElse(null),
        n.recipient().unit().map(org.db3311.sgc.core.common.UnitId::value).orElse(null),
        q.state().name(),
        q.queuedAt().toString(),
        q.attempts(),
        q.messageId().orElse(null),
        // a gateway's reason may echo the number it could not reach
        q.lastFailure().map(PublicAccess::text).orElse(null),
        q.settledAt().map(Object::toString).orElse(null));
  }
}
