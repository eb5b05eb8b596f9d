-- Analysis (5): the case-fact projection (docs/analysis.md): the fact analysis reads about each
-- matter, and the projection's working state (one trace per matter). Depends on V1 only.

create table case_fact (
  matter_id     varchar(128) primary key,
  registered_at timestamp with time zone not null,
  closed_at     timestamp with time zone,
  category      varchar(128) not null,
  document      varchar(1000000) not null
);
-- registeredBetween(from, to): the period scan of every report
create index case_fact_registered on case_fact (registered_at, matter_id);

create table matter_trace (
  matter_number varchar(64) primary key,
  document      varchar(1000000) not null
);
