-- Vehicles (机动车): plates, vehicles, their history, coordination cases, inspection reminders and the demo exchange.
-- Uniqueness and "one plate, one live pool, one vehicle" are database guarantees (house style).

-- Plate inventory. A plate row has at most one pool at a time (pool_id, held_by, held_until), so no plate can be in two
-- live pools; issuing is a conditional update on the row, so exactly one registration gets a plate.
create table plate
(
  plate      text primary key,
  kind       text        not null, -- PlateKind
  status     text        not null, -- FREE, ISSUED, RETIRED
  pool_id    uuid,
  held_by    text,
  held_until timestamptz,
  vin        text unique,
  issued_at  timestamptz
);
create index plate_free on plate (kind) where status = 'FREE';

create sequence certificate_number_seq;
create sequence licence_file_seq;

create table vehicle
(
  vin                       text primary key,
  plate                     text        not null unique,
  owner_id                  uuid        not null,
  owner_id_masked           text        not null,
  owner_name_masked         text,
  vehicle_type              text        not null,
  usage                     text        not null,
  energy                    text        not null,
  seats                     int         not null,
  van                       boolean     not null default false,
  model                     text        not null,
  manufactured_on           date        not null,
  registered_on             date        not null,
  registration_certificate  text        not null unique,
  licence_file_number       text        not null unique,
  electronic_licence_id     text        not null unique,
  identity_check_required   boolean     not null,
  insurance_valid_until     date,
  status_codes              text        not null default 'A',
  state                     text        not null, -- REGISTERED, TRANSFERRED_OUT, DEREGISTERED
  illegal_modification      boolean     not null default false,
  injury_accident           boolean     not null default false,
  inspection_valid_until    date        not null,
  sign_valid_until          date,
  mortgagee                 text,
  mortgaged_on              date,
  origin_authority          text,
  destination_authority     text,
  created_at                timestamptz not null,
  updated_at                timestamptz not null
);
create index vehicle_by_owner on vehicle (owner_id);
create index vehicle_by_inspection on vehicle (inspection_valid_until) where state = 'REGISTERED';

create table vehicle_history
(
  id         uuid primary key,
  vin        text        not null,
  kind       text        not null,
  summary    text        not null,
  channel    text,
  staff      text,
  at         timestamptz not null
);
create index vehicle_history_by_vin on vehicle_history (vin, at);

create table coordination_case
(
  id                uuid primary key,
  vin               text        not null,
  origin_plate      text        not null,
  origin_authority  text        not null,
  citizen_id        uuid        not null,
  owner_name_masked text,
  state             text        not null,
  blockers          text        not null, -- JSON [{kind, authority, detail}]
  opened_at         timestamptz not null,
  due_on            date        not null,
  closed_at         timestamptz,
  local_plate       text,
  channel           text        not null,
  outlet_id         uuid,
  staff             text,
  seats             int,
  steps             int         not null default 0
);
-- one open case per vehicle: a second blocked attempt finds the open one
create unique index coordination_case_open on coordination_case (vin) where state not in ('RESOLVED', 'FAILED');
create index coordination_case_by_citizen on coordination_case (citizen_id);

create table coordination_event
(
  case_id    uuid        not null references coordination_case (id),
  seq        int         not null,
  kind       text        not null,
  state      text        not null,
  note       text,
  actor      text        not null,
  at         timestamptz not null,
  primary key (case_id, seq)
);

create table inspection_reminder
(
  vin         text        not null,
  due_on      date        not null,
  reminded_at timestamptz not null,
  primary key (vin, due_on)
);

-- The demo adapter of the inter-office exchange: other offices' vehicle files (seeded by the demo endpoint). The owner
-- ID number is kept only as a keyed hash and a masked copy.
create table exchange_file
(
  vin               text primary key,
  plate             text        not null,
  authority         text        not null,
  owner_id_hash     char(64)    not null,
  owner_id_masked   text        not null,
  status_codes      text        not null,
  pending_business  text        not null, -- JSON array of strings
  vehicle_type      text        not null,
  usage             text        not null,
  energy            text        not null,
  seats             int         not null,
  model             text        not null,
  manufactured_on   date        not null,
  registered_on     date        not null,
  insurance_valid_until date,
  inspection_valid_until date,
  state             text        not null, -- HELD, TRANSFERRED (archived after a transfer-in), RECEIVED (a transfer-out)
  updated_at        timestamptz not null
);
