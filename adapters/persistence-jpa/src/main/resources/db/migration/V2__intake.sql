-- Intake (6.1): matters. The snapshot is a document; the columns beside it are what the database
-- searches and constrains.
create table matter (
  registration_number varchar(64) primary key,
  version             bigint not null,
  state               varchar(32) not null,
  kind                varchar(32) not null,
  channel             varchar(32) not null,
  category_code       varchar(64) not null,
  county              varchar(12) not null,
  township            varchar(128),
  registered_at       timestamp with time zone not null,
  closed_at           timestamp with time zone,
  source_system       varchar(32),
  source_reference    varchar(128),
  document            varchar(1000000) not null,
  -- 6.1.1.2.2: a transfer's source reference registers one matter, whatever the application does
  constraint matter_source unique (source_system, source_reference)
);
create index matter_registered_at on matter (registered_at);
create index matter_state on matter (state, county);
