/**
 * Notices to people and units that survive a crash: the {@link
 * org.db3311.sgc.core.notice.NoticeQueue} (a durable queue of notices, written in the use case's
 * unit of work), the {@link org.db3311.sgc.core.notice.QueueingNotifier} the use cases send
 * through, and the {@link org.db3311.sgc.core.notice.NoticeDispatcher} that claims due notices and
 * hands each to a {@link org.db3311.sgc.core.notice.NoticeSender} (an SMS gateway, a unit inbox)
 * with its id as the idempotency key. A notice committed with its use case is never lost by a crash
 * before sending, and a notice sent again after a crash carries the same key, so a gateway that
 * honours the key delivers it once.
 */
package org.db3311.sgc.core.notice;
