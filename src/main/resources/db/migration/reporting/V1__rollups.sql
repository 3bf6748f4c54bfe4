-- Reporting rollups (日统计 周通报 月讲评), maintained only from events (issue 7). Reports read these tables and
-- never the raw rows of other modules. Every event is applied at most once: processed_event holds the key of each
-- applied event, and the increments run in the same transaction as the key insert.
-- Office day = the Asia/Shanghai date of the fact (the UTC date changes at 08:00 local).

CREATE TABLE processed_event (
  event_key    TEXT PRIMARY KEY,
  processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per service rendered: the service's office day and dimensions, so that a rating given later counts in the
-- period of the service it rates. Only looked up by key, never scanned for a report.
CREATE TABLE service_fact (
  service_record_id UUID PRIMARY KEY,
  office_day        DATE NOT NULL,
  outlet_key        UUID NOT NULL,
  department        TEXT NOT NULL,
  staff             TEXT NOT NULL,
  service_type      TEXT NOT NULL,
  channel           TEXT NOT NULL
);

-- The main cube: office day x outlet x department x staff x business type x channel.
-- outlet_key is the nil UUID and staff the empty string when the fact has none.
CREATE TABLE daily_service (
  office_day   DATE NOT NULL,
  outlet_key   UUID NOT NULL,
  department   TEXT NOT NULL,
  staff        TEXT NOT NULL,
  service_type TEXT NOT NULL,
  channel      TEXT NOT NULL,
  services     BIGINT NOT NULL DEFAULT 0,
  wait_sum     BIGINT NOT NULL DEFAULT 0,
  wait_count   BIGINT NOT NULL DEFAULT 0,
  rating_1     BIGINT NOT NULL DEFAULT 0,
  rating_2     BIGINT NOT NULL DEFAULT 0,
  rating_3     BIGINT NOT NULL DEFAULT 0,
  rating_4     BIGINT NOT NULL DEFAULT 0,
  rating_5     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (office_day, outlet_key, department, staff, service_type, channel)
);

-- Wait histogram for percentiles: one-minute buckets 0..239, bucket 240 holds 240 minutes and more.
CREATE TABLE daily_wait (
  office_day DATE NOT NULL,
  outlet_key UUID NOT NULL,
  department TEXT NOT NULL,
  channel    TEXT NOT NULL,
  minutes    INT NOT NULL,
  services   BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (office_day, outlet_key, department, channel, minutes)
);

-- Bad ratings (差评) with their rectification, listed in the weekly bulletin. office_day is the service's day.
CREATE TABLE bad_rating (
  rating_id         UUID PRIMARY KEY,
  service_record_id UUID NOT NULL,
  office_day        DATE NOT NULL,
  given_on          DATE NOT NULL,
  score             SMALLINT NOT NULL,
  outlet_key        UUID NOT NULL,
  department        TEXT NOT NULL,
  staff             TEXT NOT NULL,
  service_type      TEXT NOT NULL,
  channel           TEXT NOT NULL
);
CREATE INDEX bad_rating_day ON bad_rating (office_day);

CREATE TABLE rectification (
  rectification_id UUID PRIMARY KEY,
  rating_id        UUID,
  staff            TEXT,
  status           TEXT NOT NULL,
  reply_due_on     DATE,
  rectify_due_on   DATE
);
CREATE INDEX rectification_rating ON rectification (rating_id);

-- Hotline tickets (12123), one row per ticket: deadlines and outcome, for compliance and the overdue list.
CREATE TABLE ticket_fact (
  ticket_id    UUID PRIMARY KEY,
  number       TEXT,
  kind         TEXT NOT NULL,
  channel      TEXT,
  department   TEXT NOT NULL,
  opened_at    TIMESTAMPTZ,
  due_at       TIMESTAMPTZ,
  closed_at    TIMESTAMPTZ,
  agent        TEXT,
  escalated_at TIMESTAMPTZ,
  -- whether the closing has been counted as on time or overdue (needs the deadline of the opening event, which an
  -- asynchronous listener may see after the closing)
  classified   BOOLEAN NOT NULL DEFAULT false
);

-- Hotline cube per office day x department x kind x agent: opened on that day, closed on that day (on time or
-- overdue against the deadline of the opening event), escalated on that day.
CREATE TABLE daily_hotline (
  office_day      DATE NOT NULL,
  department      TEXT NOT NULL,
  kind            TEXT NOT NULL,
  agent           TEXT NOT NULL,
  opened          BIGINT NOT NULL DEFAULT 0,
  closed          BIGINT NOT NULL DEFAULT 0,
  closed_on_time  BIGINT NOT NULL DEFAULT 0,
  closed_overdue  BIGINT NOT NULL DEFAULT 0,
  escalated       BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (office_day, department, kind, agent)
);

CREATE TABLE daily_commendation (
  office_day    DATE NOT NULL,
  staff         TEXT NOT NULL,
  department    TEXT NOT NULL,
  commendations BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (office_day, staff, department)
);

-- The same cube per calendar month without the outlet (the monthly review ranks staff and departments), so a month
-- is read from a few thousand rows whatever the volume. Kept in the same transaction as daily_service.
CREATE TABLE monthly_service (
  month        DATE NOT NULL,
  department   TEXT NOT NULL,
  staff        TEXT NOT NULL,
  service_type TEXT NOT NULL,
  channel      TEXT NOT NULL,
  services     BIGINT NOT NULL DEFAULT 0,
  wait_sum     BIGINT NOT NULL DEFAULT 0,
  wait_count   BIGINT NOT NULL DEFAULT 0,
  rating_1     BIGINT NOT NULL DEFAULT 0,
  rating_2     BIGINT NOT NULL DEFAULT 0,
  rating_3     BIGINT NOT NULL DEFAULT 0,
  rating_4     BIGINT NOT NULL DEFAULT 0,
  rating_5     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (month, department, staff, service_type, channel)
);

CREATE TABLE monthly_wait (
  month    DATE NOT NULL,
  minutes  INT NOT NULL,
  services BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (month, minutes)
);
