-- Several relays on one outbox (one per server instance): a relay claims the rows it is about to
-- publish for a while (a lease); the others skip them until the lease ends or is released.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

alter table outbox_event add column claimed_by varchar(128);
alter table outbox_event add column claimed_until timestamp with time zone;
