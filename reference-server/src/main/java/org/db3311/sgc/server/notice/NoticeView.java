package org.db3311.sgc.server.notice;

import org.db3311.sgc.core.notice.QueuedNotice;

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
    return NoticeViewMapper.INSTANCE.view(q);
  }
}
