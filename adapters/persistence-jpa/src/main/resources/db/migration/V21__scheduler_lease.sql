-- Leases for scheduled work (deadline sweeps, daily collection, report drafting, yearly filing):
-- several server instances share one database, and only the holder of a job's lease runs it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table scheduler_lease (
  job         varchar(128) primary key,
  holder      varchar(256) not null,
  held_until  timestamp with time zone not null
);
