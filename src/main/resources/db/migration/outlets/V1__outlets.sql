-- Outlets (服务网点) of every kind, their opening hours and temporary closures, and the mobile office's visits.
-- Positions are WGS84 degrees; geometry is computed in Java (JTS), the embedded PostgreSQL has no PostGIS.
CREATE TABLE outlet (
  id            UUID PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL,
  district_code CHAR(6) NOT NULL,
  latitude      DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude     DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  address       TEXT NOT NULL DEFAULT '',
  services      TEXT NOT NULL,
  departments   TEXT NOT NULL DEFAULT '',
  always_open   BOOLEAN NOT NULL DEFAULT FALSE,
  demo          BOOLEAN NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX outlet_kind_idx ON outlet (kind);

-- One row per day of the week served (ISO 1 = Monday … 7 = Sunday); a day without a row is closed.
CREATE TABLE opening_hours (
  outlet_id   UUID NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
  day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
  opens       TIME NOT NULL,
  closes      TIME NOT NULL CHECK (closes > opens),
  lunch_from  TIME,
  lunch_to    TIME,
  PRIMARY KEY (outlet_id, day_of_week),
  CHECK ((lunch_from IS NULL) = (lunch_to IS NULL)),
  CHECK (lunch_from IS NULL OR (lunch_from >= opens AND lunch_to > lunch_from AND lunch_to <= closes))
);

CREATE TABLE closure (
  id         UUID PRIMARY KEY,
  outlet_id  UUID NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
  starts_at  TIMESTAMPTZ NOT NULL,
  ends_at    TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
  reason     TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX closure_outlet_idx ON closure (outlet_id);

-- The demo network is generated once per database: this row records the seed used.
CREATE TABLE demo_network (
  seed         BIGINT PRIMARY KEY,
  outlets      INT NOT NULL,
  generated_at TIMESTAMPTZ NOT NULL
);

-- Mobile office (流动车管所) visits and the services done on site.
CREATE TABLE mobile_visit (
  id            UUID PRIMARY KEY,
  visit_date    DATE NOT NULL,
  place         TEXT NOT NULL,
  community     TEXT NOT NULL,
  district_code CHAR(6) NOT NULL,
  latitude      DOUBLE PRECISION,
  longitude     DOUBLE PRECISION,
  services      TEXT NOT NULL,
  staff         TEXT NOT NULL,
  demo          BOOLEAN NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX mobile_visit_date_idx ON mobile_visit (visit_date);

CREATE TABLE mobile_service (
  id           UUID PRIMARY KEY,
  visit_id     UUID NOT NULL REFERENCES mobile_visit (id),
  service_type TEXT NOT NULL,
  started_at   TIMESTAMPTZ NOT NULL,
  completed_at TIMESTAMPTZ NOT NULL CHECK (completed_at >= started_at),
  staff        TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX mobile_service_visit_idx ON mobile_service (visit_id);
