-- Issue 10: the weekly and monthly risk reports (6.4.1.2, 6.4.1.3) counted by the database. The
-- fact's kind, cause, place (MatterFact.placeLabel), handling method and outcome are kept as
-- columns beside its document, written by JpaCaseFactStore.upsert with it; the rows already stored
-- get them from their documents in V31 (a Java migration: neither H2 nor PostgreSQL can read the
-- document portably in SQL).
alter table case_fact add column kind varchar(32);
alter table case_fact add column cause varchar(128);
alter table case_fact add column place_label varchar(512);
alter table case_fact add column handling_method varchar(128);
alter table case_fact add column outcome varchar(32);
-- the registrations of a period grouped by each column, answered from the index alone
create index case_fact_period_counts on case_fact (registered_at, kind, category, cause,
  place_label, handling_method);
-- the closures of a period by outcome
create index case_fact_closed on case_fact (closed_at, outcome);
