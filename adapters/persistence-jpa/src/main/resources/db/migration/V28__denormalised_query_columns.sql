-- Query paths at 1,000,000 matters (issue 10 benchmarks). Two denormalisations, each kept by
-- JpaSupervisionFileRepository.save in the transaction that saves the file, so no reader ever
-- sees them disagree with the file:
--
-- 1. The matter row carries its file's lead unit and next deadline. The period scan of the
--    monthly report and the matter search read them from the matter row (index matter_period
--    covers them) instead of joining every scanned matter to supervision_file by subject, which
--    cost one index lookup per matter (167,123 for two months at 1,000,000 matters).
alter table matter add column lead_unit varchar(128);
alter table matter add column next_deadline date;
update matter set
  lead_unit = (select f.lead_unit from supervision_file f where f.subject = matter.registration_number),
  next_deadline = (select f.next_deadline from supervision_file f where f.subject = matter.registration_number)
  where exists (select 1 from supervision_file f where f.subject = matter.registration_number);

drop index matter_period;
create index matter_period on matter (registered_at, number_order, registration_number, state,
  kind, channel, category_code, county, township_code, township, closed_at, lead_unit, next_deadline);
-- the join it served is gone
drop index supervision_file_summary;

-- 2. A participating unit's row carries the file's state and next deadline, so the supervision
--    view of one participating unit counts per state and overdue from index
--    supervision_participant_unit alone, without a lookup of every file it takes part in.
alter table supervision_participant add column state varchar(32);
alter table supervision_participant add column next_deadline date;
update supervision_participant set
  state = (select f.state from supervision_file f where f.subject = supervision_participant.subject),
  next_deadline = (select f.next_deadline from supervision_file f where f.subject = supervision_participant.subject);
alter table supervision_participant alter column state set not null;
drop index supervision_participant_unit;
create index supervision_participant_unit on supervision_participant (unit, state, next_deadline);
