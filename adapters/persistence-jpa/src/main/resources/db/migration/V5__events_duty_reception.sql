-- Event handling (6.3) and reception (6.2.1.2): social-governance events, duty rosters, reception
-- rotas and bookings. As for matters, each snapshot is a document and the columns beside it are what
-- the database searches and constrains. Depends on V1 only (not on V2-V4): nothing here references
-- another table, so the migrations of other subdomains may be added in any order before it.

-- Events: one per registered matter, read by its registration number (the primary key is the only
-- index the port's lookup needs). The other columns describe the row for operators and reports.
create table governance_event (
  matter_number varchar(64) primary key,
  version       bigint not null,
  state         varchar(32) not null,
  handling_round integer not null,
  category_code varchar(64) not null,
  county        varchar(12) not null,
  received_at   timestamp with time zone not null,
  lead_unit     varchar(128),
  -- an event sent to the fallback leader because no duty county leader (6.3.1.2) was found
  led_by_fallback boolean not null,
  document      varchar(1000000) not null
);

-- Duty rosters: one per month, read by the month (the primary key).
create table duty_roster (
  roster_month  varchar(7) primary key,
  version       bigint not null,
  state         varchar(32) not null,
  published_at  timestamp with time zone,
  document      varchar(1000000) not null
);

-- Reception rotas: one per month, read by the month (the primary key).
create table reception_rota (
  rota_month    varchar(7) primary key,
  version       bigint not null,
  state         varchar(32) not null,
  published_at  timestamp with time zone,
  document      varchar(1000000) not null
);

-- Reception bookings, read by id (the primary key) and listed per day (bookingsOn).
create table reception_booking (
  booking_id    varchar(128) primary key,
  version       bigint not null,
  booking_date  date not null,
  slot          varchar(64) not null,
  mode          varchar(32) not null,
  state         varchar(32) not null,
  matter_number varchar(64),
  document      varchar(1000000) not null
);
-- bookingsOn(day): the day's bookings in id order, read off the index
create index reception_booking_on_day on reception_booking (booking_date, booking_id);

-- The version of a day's bookings for appointment reception (6.2.1.2): claiming a place moves it on with a
-- conditional update (or the first insert, which the primary key lets only one transaction make).
create table reception_booking_day (
  booking_day   date primary key,
  version       bigint not null
);
