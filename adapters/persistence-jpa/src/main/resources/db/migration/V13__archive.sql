-- Analysis (4): the archive (7.3.2, 7.3.3): sealed files with the ledger that chains their seals, and the
-- yearly filings (volumes, catalogues, transfer lists). Depends on V1 only.

-- Sealed files in their export form (SealedFileCodec), never updated: the id is the primary key, so
-- a file is sealed once. Each row also holds the file's ledger entry: its position (unique, from 1,
-- in archiving order), the seal as it was recorded when the file was added (verification compares
-- the stored file with it) and the entry's hash.
create table archive_file (
  file_id         varchar(128) primary key,
  ledger_position bigint not null,
  filing_year     integer not null,
  seal            varchar(64) not null,
  entry_hash      varchar(64) not null,
  content         bytea not null,
  constraint archive_file_position unique (ledger_position),
  constraint archive_file_position_positive check (ledger_position >= 1)
);
-- closedIn(year): in archiving order
create index archive_file_year on archive_file (filing_year, ledger_position);

-- Filings: each a document, keyed by the hash of its transfer list, in filing order.
create sequence volume_filing_seq start with 1 increment by 1;
create table volume_filing (
  entry_no      bigint primary key,
  list_hash     varchar(64) not null,
  filing_year   integer not null,
  received      boolean not null,
  document      varchar(1000000) not null,
  constraint volume_filing_list unique (list_hash)
);
create index volume_filing_year on volume_filing (filing_year, entry_no);

-- Every file put in a volume: the primary key files a file into one volume only.
create table volume_filed_file (
  file_id       varchar(128) primary key,
  list_hash     varchar(64) not null references volume_filing (list_hash)
);
