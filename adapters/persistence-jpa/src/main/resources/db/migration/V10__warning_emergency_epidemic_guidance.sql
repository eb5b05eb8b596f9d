-- Analysis (1): warnings (6.5), emergency incidents (6.6.1), epidemic cases and the epidemic-control
-- command (6.7.1), guidance tasks (6.8). As for matters, each snapshot is a document and the columns
-- beside it are what the database searches and constrains. Depends on V1 only.

-- Warnings. open_subject is the subject ("PERSON:<key>") while the warning is open and null once it
-- is closed or dismissed: the unique key lets at most one open warning exist per subject, so that
-- signals about the same thing become one warning whatever two writers do at once.
create table warning (
  warning_id    varchar(128) primary key,
  version       bigint not null,
  subject_kind  varchar(16) not null,
  subject_key   varchar(256) not null,
  open_subject  varchar(300),
  owner_unit    varchar(128) not null,
  raised_at     timestamp with time zone not null,
  warning_level varchar(16) not null,
  state         varchar(32) not null,
  document      varchar(1000000) not null,
  constraint warning_open_subject unique (open_subject)
);
-- all(), ids(): in raising order; period reports count warnings raised in a period
create index warning_raised on warning (raised_at, warning_id);

-- Emergency incidents, read by id and listed in discovery order.
create table incident (
  incident_id   varchar(128) primary key,
  version       bigint not null,
  state         varchar(32) not null,
  discovered_at timestamp with time zone not null,
  closed_at     timestamp with time zone,
  document      varchar(1000000) not null
);
create index incident_discovered on incident (discovered_at, incident_id);

-- Epidemic-related cases, read by id; the sweep lists them all and reads each on its own.
create table epidemic_case (
  case_id       varchar(128) primary key,
  version       bigint not null,
  matter_id     varchar(128) not null,
  state         varchar(32) not null,
  deadline      timestamp with time zone not null,
  routed_unit   varchar(128),
  document      varchar(1000000) not null
);
create index epidemic_case_state on epidemic_case (state, deadline);

-- The epidemic-control command: one row (its fixed id), so the mode (peacetime or wartime)
-- survives a restart.
create table epidemic_command (
  command_id    varchar(64) primary key,
  version       bigint not null,
  mode          varchar(16) not null,
  document      varchar(1000000) not null
);

-- Guidance tasks, listed oldest first.
create table guidance_task (
  task_id       varchar(128) primary key,
  version       bigint not null,
  issuer        varchar(32) not null,
  topic         varchar(64) not null,
  due           date not null,
  issued_at     timestamp with time zone not null,
  document      varchar(1000000) not null
);
create index guidance_task_issued on guidance_task (issued_at, task_id);
