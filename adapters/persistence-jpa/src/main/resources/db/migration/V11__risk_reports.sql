-- Analysis (2): risk reports (6.4.1): report dossiers with every version, the missed reports a
-- supervision notice was sent for, and the daily collections. Depends on V1 only.

-- Report dossiers: one per report kind and subject (the unique key), read by id or by both.
create table report_dossier (
  dossier_id    varchar(128) primary key,
  version       bigint not null,
  report_kind   varchar(32) not null,
  subject       varchar(128) not null,
  state         varchar(32) not null,
  document      varchar(1000000) not null,
  constraint report_dossier_subject unique (report_kind, subject)
);

-- Missed reports: recorded once per kind and period (the unique key), listed in recording order.
create sequence missed_report_seq start with 1 increment by 1;
create table missed_report (
  entry_no      bigint primary key,
  report_kind   varchar(32) not null,
  period        varchar(32) not null,
  due_date      date not null,
  document      varchar(100000) not null,
  constraint missed_report_period unique (report_kind, period)
);

-- Daily collections: one per day (the primary key, which also answers the period scan between()).
create table daily_collection (
  collection_day date primary key,
  collected_at  timestamp with time zone not null,
  interim       boolean not null,
  document      varchar(1000000) not null
);
