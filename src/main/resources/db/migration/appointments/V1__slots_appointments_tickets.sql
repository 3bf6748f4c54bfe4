-- Appointments (预约) and queue tickets (排队取号). Outlet and citizen ids refer to other modules: no foreign keys
-- across schemas (architecture.md, Persistence).

-- A slot: one outlet, one service, one time window, a number of seats. The check constraint is the last guard of
-- capacity; seats are taken by a conditional update (booked < capacity), never by count-then-insert.
create table appointments.slot (
	id uuid primary key,
	outlet_id uuid not null,
	service text not null,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	capacity int not null,
	booked int not null default 0,
	demo boolean not null default false,
	created_at timestamptz not null,
	constraint slot_times check (ends_at > starts_at),
	constraint slot_capacity check (capacity >= 0 and booked >= 0 and booked <= capacity),
	constraint slot_unique unique (outlet_id, service, starts_at)
);
create index slot_by_outlet_day on appointments.slot (outlet_id, starts_at);

create table appointments.appointment (
	id uuid primary key,
	slot_id uuid not null references appointments.slot (id),
	citizen_id uuid not null,
	status text not null check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
	changes int not null default 0 check (changes >= 0 and changes <= 2),
	booked_by text not null,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	reminded_at timestamptz,
	attended_at timestamptz,
	staff_username text
);
-- One live appointment per citizen and slot.
create unique index appointment_one_per_slot on appointments.appointment (slot_id, citizen_id) where status = 'BOOKED';
create index appointment_by_citizen on appointments.appointment (citizen_id, created_at desc);
create index appointment_to_remind on appointments.appointment (slot_id) where status = 'BOOKED' and reminded_at is null;

-- Queue numbers: one counter row per outlet, office day and prefix, advanced by one atomic upsert. Numbers live in
-- the database, so a restart continues where the last process stopped and a number is never given twice.
create table appointments.ticket_counter (
	outlet_id uuid not null,
	office_date date not null,
	prefix text not null,
	last_number int not null,
	primary key (outlet_id, office_date, prefix)
);

create table appointments.ticket (
	id uuid primary key,
	issued_order bigint generated always as identity,
	outlet_id uuid not null,
	office_date date not null,
	prefix text not null,
	number int not null,
	service text not null,
	lane text not null check (lane in ('GENERAL', 'ENTERPRISE')),
	priority boolean not null,
	citizen_id uuid,
	status text not null check (status in ('WAITING', 'CALLED', 'SERVING', 'COMPLETED', 'NO_SHOW')),
	issued_at timestamptz not null,
	called_at timestamptz,
	served_at timestamptz,
	finished_at timestamptz,
	window_label text,
	staff_username text,
	constraint ticket_number_unique unique (outlet_id, office_date, prefix, number)
);
create index ticket_waiting on appointments.ticket (outlet_id, office_date, lane, priority desc, issued_order)
	where status = 'WAITING';
-- A window holds at most one open ticket a day: two calls from the same window at once cannot both succeed.
create unique index ticket_one_open_per_window on appointments.ticket (outlet_id, office_date, window_label)
	where status in ('CALLED', 'SERVING');
