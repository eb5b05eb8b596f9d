-- Supervision (6.2.1.3, 8.2.4): supervision files. The snapshot (clocks, notices, the history that
-- answers the view of a past instant, the accountability records) is a document; the columns beside
-- it are what the queries of SupervisionFileRepository filter, group and order by.
create table supervision_file (
  subject       varchar(128) primary key,
  version       bigint not null,
  state         varchar(32) not null,
  lead_unit     varchar(128) not null,
  -- the earliest last day among the running clocks; null when none runs or all stand still
  next_deadline date,
  opened_at     timestamp with time zone not null,
  -- whether some step clock runs (a paused one included): the recount of provisional deadlines
  clocks_running boolean not null,
  document      varchar(1000000) not null
);
-- the overdue, near-deadline and sweep lists: a range on next_deadline, in (next_deadline, subject)
-- order, so a page is read off the index
create index supervision_file_due on supervision_file (next_deadline, subject);
-- the view per lead unit and state, with its overdue count, from the index alone
create index supervision_file_unit_state on supervision_file (lead_unit, state, next_deadline);
-- files in a state (those awaiting the applicant), by subject
create index supervision_file_state on supervision_file (state, subject);
-- the recount of provisional deadlines reads the active files by subject
create index supervision_file_running on supervision_file (clocks_running, subject);
-- the view of a past instant replays the files opened by then
create index supervision_file_opened on supervision_file (opened_at);

-- The units taking part besides the lead (6.2.1.1.1, 6.3.1.1), so the view counts per
-- participating unit without reading the documents. Rewritten with the file on every save.
create table supervision_participant (
  subject varchar(128) not null references supervision_file (subject) on delete cascade,
  unit    varchar(128) not null,
  primary key (subject, unit)
);
create index supervision_participant_unit on supervision_participant (unit, subject);
