-- Matter search (MatterSearch: filters, sorting, paging) answered from indexes, and keyed applicant
-- hashes (HMAC) for repeat detection.

-- The registration number in number order as text: county, date, then the sequence zero-padded to
-- twelve digits, so that text order is RegistrationNumber order even past sequence 9999. It is the
-- tie-breaker of every sort, so pages neither repeat nor skip a matter.
alter table matter add column number_order varchar(40);
update matter set number_order =
  substring(registration_number, 1, 16) || lpad(substring(registration_number, 17), 12, '0');
alter table matter alter column number_order set not null;

-- The main list of the server, scoped by county: county and state, newest or oldest first, read
-- off the index in order. It serves every (state, county) lookup, so V2's matter_state goes.
drop index matter_state;
create index matter_county_state_registered on matter (county, state, registered_at, number_order);
-- the same without a state filter
create index matter_county_registered on matter (county, registered_at, number_order);

-- The period scan of reports (MatterSearch.forEachRegistered) and the lists filtered by period read
-- the columns of a summary from this index alone, in (registered_at, number_order) order, never the
-- wide rows that hold the documents. It serves every registered_at range, so V2's
-- matter_registered_at goes.
drop index matter_registered_at;
create index matter_period on matter (registered_at, number_order, registration_number, state,
  kind, channel, category_code, county, township_code, township, closed_at);
-- A summary's lead unit and next deadline, joined by subject from the index alone; with the state,
-- the per-unit view's participant counts (supervision_participant joined by subject) too.
create index supervision_file_summary on supervision_file (subject, lead_unit, next_deadline, state);

-- The applicant key hashes (V6) become HMAC-SHA256 under a configured secret. Stored hashes were
-- plain SHA-256 of the identity key; the store re-keys them at start-up (HMAC of that SHA-256, the
-- form every new hash takes too) and records the fingerprint of the secret it used here, so a store
-- started with another secret refuses to run instead of silently missing repeats. A null
-- fingerprint: the hashes are not keyed yet.
create table applicant_key_scheme (
  id          integer primary key,
  fingerprint varchar(64)
);
insert into applicant_key_scheme (id, fingerprint) values (1, null);
