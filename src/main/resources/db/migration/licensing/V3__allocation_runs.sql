-- The allocation run that placed a booking, so that its candidates can be told after the run commits.
ALTER TABLE exam_booking ADD COLUMN run_id UUID;
CREATE INDEX exam_booking_run_idx ON exam_booking (run_id) WHERE run_id IS NOT NULL;
