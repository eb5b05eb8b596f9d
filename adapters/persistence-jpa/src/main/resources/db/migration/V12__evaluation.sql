-- Analysis (3): evaluation (chapter 9): feedback (9.1), corrective actions and their public re-check board (9.3),
-- published figures, staff records, trainings and drills. Depends on V1 only.

-- Feedback items, listed oldest first; period reports count them by receipt.
create table feedback (
  ticket        varchar(128) primary key,
  version       bigint not null,
  kind          varchar(32) not null,
  channel       varchar(32) not null,
  state         varchar(32) not null,
  received_at   timestamp with time zone not null,
  answer_due    date not null,
  assigned_unit varchar(128),
  document      varchar(1000000) not null
);
create index feedback_received on feedback (received_at, ticket);

-- Corrective actions, listed oldest first.
create table corrective_action (
  action_id     varchar(128) primary key,
  version       bigint not null,
  owner_unit    varchar(128) not null,
  state         varchar(32) not null,
  due           date not null,
  raised_at     timestamp with time zone not null,
  recheck_due   date,
  document      varchar(1000000) not null
);
create index corrective_action_raised on corrective_action (raised_at, action_id);

-- Re-check results as disclosed, in publishing order (append only).
create sequence published_recheck_seq start with 1 increment by 1;
create table published_recheck (
  entry_no      bigint primary key,
  action_id     varchar(128) not null,
  check_round   integer not null,
  published_at  timestamp with time zone not null,
  document      varchar(100000) not null
);

-- Published figures, kept as published: an id is published once (the unique key).
create sequence published_figure_seq start with 1 increment by 1;
create table published_figure (
  entry_no      bigint primary key,
  figure_id     varchar(256) not null,
  published_at  timestamp with time zone not null,
  document      varchar(1000000) not null,
  constraint published_figure_id unique (figure_id)
);

-- Staff records (9.2.1): read by period (from, to inclusive) in recording order.
create sequence staff_record_seq start with 1 increment by 1;
create table staff_attendance (
  entry_no       bigint primary key,
  staff_id       varchar(128) not null,
  attendance_day date not null,
  status         varchar(32) not null,
  document       varchar(100000) not null,
  -- one attendance record per member of staff and day
  constraint staff_attendance_once unique (staff_id, attendance_day)
);
create index staff_attendance_day on staff_attendance (attendance_day, entry_no);
create table staff_service_quality (
  entry_no      bigint primary key,
  staff_id      varchar(128) not null,
  quality_day   date not null,
  document      varchar(100000) not null
);
create index staff_service_quality_day on staff_service_quality (quality_day, entry_no);
create table staff_conduct_check (
  entry_no      bigint primary key,
  staff_id      varchar(128) not null,
  check_day     date not null,
  compliant     boolean not null,
  document      varchar(100000) not null
);
create index staff_conduct_check_day on staff_conduct_check (check_day, entry_no);

-- Trainings and drills of epidemic control (6.7.1.2), in recording order.
create sequence exercise_seq start with 1 increment by 1;
create table exercise (
  entry_no      bigint primary key,
  kind          varchar(32) not null,
  exercise_date date not null,
  document      varchar(100000) not null
);
create index exercise_on on exercise (exercise_date, entry_no);
