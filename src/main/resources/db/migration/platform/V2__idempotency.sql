-- Responses of POSTs sent with an Idempotency-Key, so that a client retry gets the first answer again
-- (api-contract.md, Conventions). Keys are scoped by principal; rows expire after cheguan.idempotency.retention.
CREATE TABLE idempotency_record (
  principal    TEXT NOT NULL,
  key          TEXT NOT NULL,
  method       TEXT NOT NULL,
  path         TEXT NOT NULL,
  request_hash CHAR(64) NOT NULL,
  status       INT,
  content_type TEXT,
  location     TEXT,
  body         BYTEA,
  created_at   TIMESTAMPTZ NOT NULL,
  completed_at TIMESTAMPTZ,
  PRIMARY KEY (principal, key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
