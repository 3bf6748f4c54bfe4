-- The marker of the generated demo history (docs/demo.md): one row per history generated. Its presence means the
-- past month exists already, so a restart keeps the data and generates nothing.
CREATE TABLE history_run (
  id            SERIAL PRIMARY KEY,
  seed          BIGINT      NOT NULL,
  days          INT         NOT NULL,
  first_day     DATE        NOT NULL,
  last_day      DATE        NOT NULL,
  counts        TEXT        NOT NULL,
  took_ms       BIGINT      NOT NULL,
  finished_at   TIMESTAMPTZ NOT NULL
);
