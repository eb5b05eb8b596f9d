-- The integration events a consumer has handled (core.common.ProcessedEvents), so that an event
-- the outbox relay delivers again (publication is at least once) is recognised across restarts
-- and dropped. The id is the consumer's key: the in-process relay records "<subscriber>@<event id>".
-- Rows are forgotten after a retention period (JpaProcessedEvents.forgetRecordedBefore): a relay
-- redelivers what it published last, not what it published months ago.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table processed_event (
  event_id     varchar(512) primary key,
  recorded_at  timestamp with time zone not null
);
create index processed_event_recorded on processed_event (recorded_at);
