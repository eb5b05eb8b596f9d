-- Repeat detection (6.1.1.1 registration) without reading every matter of the window: the
-- township code beside the township name, and the applicants' identity keys as SHA-256 hashes
-- (never the ID number or telephone number itself), each with the index its query needs.
alter table matter add column township_code varchar(12);
create index matter_area_category on matter (county, category_code, township, registered_at);
create index matter_area_code_category on matter (county, category_code, township_code, registered_at);

create table matter_applicant_key (
  registration_number varchar(64) not null references matter (registration_number),
  key_hash            varchar(64) not null,
  primary key (registration_number, key_hash)
);
create index matter_applicant_key_hash on matter_applicant_key (key_hash);
