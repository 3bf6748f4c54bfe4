-- Exam venues (考场) and their sessions (考试场次). Capacity is enforced here: booked never exceeds capacity, and a
-- seat is taken only by one conditional UPDATE (booked = booked + 1 WHERE booked < capacity).
CREATE TABLE exam_venue (
  id            UUID PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  district_code CHAR(6) NOT NULL,
  latitude      DOUBLE PRECISION NOT NULL,
  longitude     DOUBLE PRECISION NOT NULL,
  subjects      TEXT NOT NULL,
  demo          BOOLEAN NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE exam_session (
  id         UUID PRIMARY KEY,
  venue_id   UUID NOT NULL REFERENCES exam_venue (id),
  subject    TEXT NOT NULL,
  exam_date  DATE NOT NULL,
  start_time TIME NOT NULL,
  capacity   INT NOT NULL CHECK (capacity > 0 AND capacity <= 1000),
  booked     INT NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
  status     TEXT NOT NULL DEFAULT 'OPEN',
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (venue_id, subject, exam_date, start_time)
);
CREATE INDEX exam_session_subject_date_idx ON exam_session (subject, exam_date);
