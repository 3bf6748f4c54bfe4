-- A rating voided on appeal (申诉复核 upheld, evaluation's RectificationMoved to VOIDED) stops counting: its bad_rating
-- row is flagged in the same statement that takes its increments back, so the decrement happens exactly once.
ALTER TABLE bad_rating ADD COLUMN voided BOOLEAN NOT NULL DEFAULT false;

-- The instant of the status last applied: steps are handled in parallel, so an older step never overwrites a newer.
ALTER TABLE rectification ADD COLUMN status_at TIMESTAMPTZ;

-- Rectification deadlines met per office day of the step and staff member concerned (reply by the reply due date,
-- rectification by the rectification due date), for the deadline compliance of the staff score.
CREATE TABLE daily_rectification_step (
  office_day DATE NOT NULL,
  staff      TEXT NOT NULL,
  steps      BIGINT NOT NULL DEFAULT 0,
  on_time    BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (office_day, staff)
);
