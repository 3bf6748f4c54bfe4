-- Licence applications (驾驶证申领). The exam history of an application is kept as an append-only log of facts
-- (results, no-shows, cancellations, three-ability tests); the rules object ExamRecord is rebuilt from it, so the
-- stored facts, not a derived status, are the record.
CREATE TABLE licence_application (
  id                       UUID PRIMARY KEY,
  citizen_id               UUID NOT NULL,
  licence_class            TEXT NOT NULL,
  kind                     TEXT NOT NULL,
  accepted_at              TIMESTAMPTZ NOT NULL,
  accepted_on              DATE NOT NULL,
  holds_automobile_licence BOOLEAN NOT NULL,
  service_record_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
  green_channel_reason     TEXT,
  status                   TEXT NOT NULL,
  licence_number           TEXT UNIQUE,
  licence_issued_on        DATE,
  licence_valid_until      DATE,
  probation_ends_on        DATE,
  version                  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX licence_application_citizen_idx ON licence_application (citizen_id);
-- One open application per citizen and class.
CREATE UNIQUE INDEX licence_application_open_idx ON licence_application (citizen_id, licence_class)
  WHERE status NOT IN ('LICENSED', 'WITHDRAWN');

CREATE TABLE application_fact (
  application_id UUID NOT NULL REFERENCES licence_application (id),
  seq            INT NOT NULL,
  kind           TEXT NOT NULL,
  subject        TEXT,
  fact_date      DATE NOT NULL,
  outcome        TEXT,
  recorded_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (application_id, seq)
);

-- Booking requests: up to 5 ranked preferences, placed by the allocation run in sort-time order.
CREATE TABLE booking_request (
  id             UUID PRIMARY KEY,
  application_id UUID NOT NULL REFERENCES licence_application (id),
  subject        TEXT NOT NULL,
  preferences    TEXT NOT NULL,
  sort_time      TIMESTAMPTZ NOT NULL,
  status         TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  decided_at     TIMESTAMPTZ,
  decision       TEXT
);
-- One pending request per application and subject: speed and repetition gain nothing.
CREATE UNIQUE INDEX booking_request_pending_idx ON booking_request (application_id, subject) WHERE status = 'PENDING';

-- Confirmed seats (ExamBooking). At most one active booking per application and subject.
CREATE TABLE exam_booking (
  id             UUID PRIMARY KEY,
  application_id UUID NOT NULL REFERENCES licence_application (id),
  subject        TEXT NOT NULL,
  session_id     UUID NOT NULL REFERENCES exam_session (id),
  request_id     UUID,
  status         TEXT NOT NULL,
  first_score    INT CHECK (first_score BETWEEN 0 AND 100),
  retake_score   INT CHECK (retake_score BETWEEN 0 AND 100),
  created_at     TIMESTAMPTZ NOT NULL,
  closed_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX exam_booking_active_idx ON exam_booking (application_id, subject) WHERE status = 'BOOKED';
CREATE INDEX exam_booking_session_idx ON exam_booking (session_id);

-- File numbers (档案编号) of issued licences: the city prefix 4201 and 8 digits.
CREATE SEQUENCE licence_file_number_seq START WITH 1;
