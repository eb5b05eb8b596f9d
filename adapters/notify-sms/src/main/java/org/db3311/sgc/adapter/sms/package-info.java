/**
 * Notices by text message (短信) through an SMS gateway over HTTP, on the JDK alone ({@code
 * java.net.http}, {@code javax.crypto}): {@link org.db3311.sgc.adapter.sms.HttpSmsNotifier} is
 * core's {@link org.db3311.sgc.core.common.Notifier} and {@link
 * org.db3311.sgc.core.notice.NoticeSender} for the {@code SMS} channel — signed requests
 * (HMAC-SHA256 over a canonical string with a timestamp and a nonce), zh-CN templates, timeouts,
 * retries with exponential backoff and jitter, an idempotency key per notice — and {@link
 * org.db3311.sgc.adapter.sms.SmsReceipts} records the gateway's delivery receipts, pushed or
 * polled. Built from plain properties ({@link org.db3311.sgc.adapter.sms.SmsSettings}). Telephone
 * numbers, names and ID numbers never appear in its logs or exception messages.
 */
package org.db3311.sgc.adapter.sms;
