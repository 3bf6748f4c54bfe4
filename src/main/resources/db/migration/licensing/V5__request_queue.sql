-- The queue of booking requests waiting for a seat, apart from the requests themselves, so that an allocation run
-- takes the placed requests off the queue with a DELETE instead of rewriting 100,000 request rows (docs/benchmarks.md).
-- A request's status is derived: PENDING while queued, PLACED once a run gave it a seat.
CREATE TABLE pending_request (
  request_id     UUID PRIMARY KEY REFERENCES booking_request (id),
  application_id UUID NOT NULL,
  subject        TEXT NOT NULL,
  -- One pending request per application and subject: speed and repetition gain nothing.
  CONSTRAINT pending_request_one_per_subject UNIQUE (application_id, subject)
);
INSERT INTO pending_request (request_id, application_id, subject)
  SELECT id, application_id, subject FROM booking_request WHERE status = 'PENDING';
DROP INDEX booking_request_pending_idx;
ALTER TABLE booking_request DROP COLUMN status;
CREATE INDEX booking_request_application_idx ON booking_request (application_id, created_at);

-- A placed request's explanation is written with its booking, in the same COPY.
ALTER TABLE exam_booking ADD COLUMN decision TEXT;
CREATE INDEX exam_booking_application_idx ON exam_booking (application_id);
-- Bookings are written only by ExamBookings, inside the transaction that has just read the application and locked the
-- session, and neither applications nor sessions are ever deleted (sessions are cancelled). The per-row foreign-key
-- checks locked 88,505 application rows in a run of 100,000 requests, for no protection the code does not already give.
ALTER TABLE exam_booking DROP CONSTRAINT exam_booking_application_id_fkey;
ALTER TABLE exam_booking DROP CONSTRAINT exam_booking_session_id_fkey;

-- One row per subject, locked by whatever places candidates in that subject's sessions (an allocation run, a direct
-- green-channel booking, an outage's rebooking), so they never interleave; portable, unlike advisory locks.
CREATE TABLE subject_lock (
  subject TEXT PRIMARY KEY
);
INSERT INTO subject_lock (subject) VALUES ('SUBJECT_1'), ('SUBJECT_2'), ('SUBJECT_3'), ('SUBJECT_4');
