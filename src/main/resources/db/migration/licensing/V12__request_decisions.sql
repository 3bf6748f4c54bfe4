-- The explanation the latest allocation run gave each request it left waiting, written with COPY instead of rewriting
-- 10,000 request rows and their index entries in every run (docs/benchmarks.md, exam seat allocation): a run deletes
-- the rows of the requests it decides and copies the new ones in. A placed request's explanation stays with its
-- booking (exam_booking.decision); booking_request.decision keeps what runs before this table wrote.
CREATE TABLE request_decision (
  request_id UUID PRIMARY KEY,
  run_id     UUID NOT NULL,
  decision   TEXT NOT NULL
);
