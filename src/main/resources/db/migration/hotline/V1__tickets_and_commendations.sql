-- 12123 hotline tickets (工单), their timeline, and commendations (表扬) credited to staff.
-- The caller's mobile is kept encrypted (PersonalDataCipher) with a masked copy for lists (GB/T 35273-2020 §6.3).

create sequence hotline.ticket_number_seq;

create table hotline.ticket (
    id                     uuid primary key,
    number                 text        not null unique,
    kind                   text        not null,
    channel                text        not null,
    source                 text        not null,
    status                 text        not null,
    department             text        not null,
    description            text        not null,
    caller_mobile_cipher   text,
    caller_mobile_masked   text,
    citizen_id             uuid,
    staff_username         text,
    outlet_id              uuid,
    agent                  text        not null,
    latitude               double precision,
    longitude              double precision,
    address                text,
    opened_at              timestamptz not null,
    due_at                 timestamptz not null,
    escalated_at           timestamptz,
    closed_at              timestamptz,
    closed_by              text,
    resolution             text,
    updated_at             timestamptz not null
);

create index ticket_queue_idx on hotline.ticket (status, due_at);
create index ticket_opened_idx on hotline.ticket (opened_at);
create index ticket_overdue_idx on hotline.ticket (due_at) where closed_at is null and escalated_at is null;

create table hotline.ticket_event (
    id         uuid primary key,
    ticket_id  uuid        not null references hotline.ticket (id),
    kind       text        not null,
    note       text,
    actor      text        not null,
    at         timestamptz not null
);

create index ticket_event_ticket_idx on hotline.ticket_event (ticket_id, at);

create table hotline.commendation (
    id                  uuid primary key,
    ticket_id           uuid        not null unique references hotline.ticket (id),
    staff_username      text        not null,
    staff_display_name  text        not null,
    department          text,
    note                text        not null,
    commended_at        timestamptz not null
);

create index commendation_staff_idx on hotline.commendation (staff_username, commended_at desc);
