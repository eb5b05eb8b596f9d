-- The shared infrastructure of every subdomain: audit trail, outbox, numbering.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create sequence audit_position_seq start with 1 increment by 1;

create table audit_entry (
  position       bigint primary key,
  at             timestamp with time zone not null,
  actor_id       varchar(128) not null,
  actor_name     varchar(256) not null,
  aggregate_type varchar(64)  not null,
  aggregate_id   varchar(128) not null,
  action         varchar(64)  not null,
  from_state     varchar(64)  not null,
  to_state       varchar(64)  not null,
  detail         varchar(4000) not null
);
create index audit_entry_aggregate on audit_entry (aggregate_type, aggregate_id, position);

create sequence outbox_position_seq start with 1 increment by 1;

create table outbox_event (
  position          bigint primary key,
  event_id          varchar(256) not null unique,
  type              varchar(128) not null,
  schema_version    integer not null,
  aggregate_type    varchar(64)  not null,
  aggregate_id      varchar(128) not null,
  sequence          bigint not null,
  occurred_at       timestamp with time zone not null,
  action            varchar(64)  not null,
  from_state        varchar(64),
  to_state          varchar(64)  not null,
  aggregate_version bigint not null,
  published_at      timestamp with time zone,
  constraint outbox_event_sequence unique (aggregate_type, aggregate_id, sequence),
  constraint outbox_event_sequence_positive check (sequence >= 1)
);
create index outbox_event_unpublished on outbox_event (published_at, position);

create table sequence_counter (
  scope varchar(128) primary key,
  counter_value bigint not null
);
