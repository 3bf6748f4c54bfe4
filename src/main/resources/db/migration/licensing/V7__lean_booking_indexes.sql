-- An allocation run writes about 90,000 bookings in one COPY, and every index of exam_booking is paid for per row
-- (docs/benchmarks.md, exam seat allocation). Five indexes become three:
-- * one unique index on (application, subject, true while BOOKED) does the work of two: NULLs are distinct, so it
--   allows any number of closed bookings and at most one active booking per application and subject (the rule of
--   exam_booking_active_idx), and its leading column serves every look-up by application (exam_booking_application_idx);
-- * the run index goes: a run's bookings have time-ordered ids that sort after the run's own (time-ordered) id, so they
--   are found on the primary key (ExamBookings.bookedInRun), and placed requests leave the queue by their own ids.
CREATE UNIQUE INDEX exam_booking_application_active_idx
  ON exam_booking (application_id, subject, (CASE WHEN status = 'BOOKED' THEN TRUE END));
DROP INDEX exam_booking_active_idx;
DROP INDEX exam_booking_application_idx;
DROP INDEX exam_booking_run_idx;
