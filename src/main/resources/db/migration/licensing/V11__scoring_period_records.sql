-- The 12-point (满分) scoring periods (记分周期, 公安部令第163号) of a citizen, as the traffic-violation system (综合平台)
-- shows them: Cheguan does not run that system, so staff key the records in (POST /api/v1/admin/scoring-records) and
-- the added-class and renewal rules read them through the ScoringRecords port. One record per citizen and period.
CREATE TABLE scoring_period_record (
  id            UUID PRIMARY KEY,
  citizen_id    UUID NOT NULL,
  period_start  DATE NOT NULL,
  period_end    DATE NOT NULL,
  reached_on    DATE NOT NULL,
  recorded_by   VARCHAR(64) NOT NULL,
  recorded_at   TIMESTAMPTZ NOT NULL,
  CHECK (period_start <= reached_on AND reached_on <= period_end),
  UNIQUE (citizen_id, period_start)
);
