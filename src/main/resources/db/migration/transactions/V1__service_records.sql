-- One row per service rendered (业务流水). A redelivered event never makes a second row: the module and the key of the
-- fact that caused the record are unique together, and rows are written with INSERT … ON CONFLICT DO NOTHING.
CREATE TABLE service_record (
  id             UUID PRIMARY KEY,
  service_type   TEXT NOT NULL,
  channel        TEXT NOT NULL,
  outlet_id      UUID,
  department     TEXT,
  staff_username TEXT,
  citizen_id     UUID NOT NULL,
  started_at     TIMESTAMPTZ,
  completed_at   TIMESTAMPTZ NOT NULL,
  completed_on   DATE NOT NULL,
  wait_minutes   INT CHECK (wait_minutes IS NULL OR wait_minutes >= 0),
  source         TEXT NOT NULL,
  source_key     TEXT NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL,
  CONSTRAINT service_record_source_uq UNIQUE (source, source_key),
  CONSTRAINT service_record_times_ck CHECK (started_at IS NULL OR started_at <= completed_at)
);
CREATE INDEX service_record_citizen_idx ON service_record (citizen_id, completed_at DESC);
CREATE INDEX service_record_completed_on_idx ON service_record (completed_on, outlet_id);
