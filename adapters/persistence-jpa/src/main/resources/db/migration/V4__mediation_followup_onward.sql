-- Mediation cases, follow-ups and onward referrals: the snapshot is a
-- document; the columns beside it are what the queries of the three repositories filter and order
-- by. A case's id is its matter and its number within the matter, kept as text (the primary key)
-- and as the two columns the finders by matter read.

create table mediation_case (
  id                       varchar(80) primary key,
  version                  bigint not null,
  matter                   varchar(64) not null,
  attempt                  integer not null,
  state                    varchar(32) not null,
  category_code            varchar(64) not null,
  opened_at                timestamp with time zone not null,
  confirmation_due         date,
  -- R10: the confirmation due date was counted on a provisional year and is recounted
  confirmation_provisional boolean not null,
  document                 varchar(1000000) not null,
  -- one case per attempt of a matter; also the index of ofMatter, in attempt order
  constraint mediation_case_attempt unique (matter, attempt),
  constraint mediation_case_attempt_positive check (attempt >= 1)
);
-- the recount of provisional confirmation due dates reads the flagged cases by id
create index mediation_case_provisional
  on mediation_case (confirmation_provisional, matter, attempt);

create table follow_up (
  id           varchar(80) primary key,
  version      bigint not null,
  matter       varchar(64) not null,
  round_number integer not null,
  state        varchar(32) not null,
  opened_at    timestamp with time zone not null,
  document     varchar(1000000) not null,
  -- one follow-up per closure round of a matter; also the index of ofMatter, in round order
  constraint follow_up_round unique (matter, round_number),
  constraint follow_up_round_positive check (round_number >= 1)
);

create table onward_referral (
  id               varchar(80) primary key,
  version          bigint not null,
  matter           varchar(64) not null,
  referral_number  integer not null,
  mediation_case   varchar(80) not null,
  state            varchar(32) not null,
  road             varchar(32) not null,
  body_unit        varchar(128) not null,
  referred_on      date not null,
  document         varchar(1000000) not null,
  -- one referral per number within a matter; also the index of ofMatter, in number order
  constraint onward_referral_number unique (matter, referral_number),
  constraint onward_referral_number_positive check (referral_number >= 1)
);
-- the clock view lists the referrals whose road has not ended: a list of states
create index onward_referral_state on onward_referral (state, matter, referral_number);
