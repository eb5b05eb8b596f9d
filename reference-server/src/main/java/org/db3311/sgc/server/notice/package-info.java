/**
 * Notices over HTTP: the SMS gateway's callbacks — delivery receipts (状态回执) and the parties'
 * replies to the satisfaction survey (6.2.1.4.2) — signed with the gateway's access key, and the
 * staff's list of the notices told of a reference with where each one's delivery stands.
 */
package org.db3311.sgc.server.notice;
