-- Replies to requests that carried an Idempotency-Key, so that a client retrying a POST gets the
-- first reply again instead of creating something twice. Keys are per caller; rows expire.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table http_idempotency (
  principal     varchar(128) not null,
  idem_key      varchar(128) not null,
  request_hash  varchar(64)  not null,
  status        integer,
  location      varchar(512),
  body          varchar(1000000),
  created_at    timestamp with time zone not null,
  constraint http_idempotency_pk primary key (principal, idem_key)
);
create index http_idempotency_created on http_idempotency (created_at);
