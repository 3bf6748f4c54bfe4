-- Ratings (好差评) and the rectification of bad ratings (差评整改), 国办发〔2019〕51号, GB/T 39734-2020, GB/T 39735-2020.
-- "One rating per service" is the unique key on service_record_id: of any number of concurrent ratings of one
-- service, exactly one row is stored (INSERT … ON CONFLICT DO NOTHING).

-- The one-time link of an SMS invitation. Only a hash of the token is kept; the link stops working once the service
-- is rated or the invitation expires.
CREATE TABLE rating_invitation (
  token_hash        TEXT PRIMARY KEY,
  service_record_id UUID NOT NULL UNIQUE,
  citizen_id        UUID NOT NULL,
  service_type      TEXT NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  expires_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE rating (
  id                UUID PRIMARY KEY,
  service_record_id UUID NOT NULL,
  citizen_id        UUID NOT NULL,
  score             SMALLINT NOT NULL CHECK (score BETWEEN 1 AND 5),
  efficiency        SMALLINT CHECK (efficiency BETWEEN 1 AND 5),
  competence        SMALLINT CHECK (competence BETWEEN 1 AND 5),
  attitude          SMALLINT CHECK (attitude BETWEEN 1 AND 5),
  guide_accuracy    SMALLINT CHECK (guide_accuracy BETWEEN 1 AND 5),
  convenience       SMALLINT CHECK (convenience BETWEEN 1 AND 5),
  usability         SMALLINT CHECK (usability BETWEEN 1 AND 5),
  comment           TEXT,
  named             BOOLEAN NOT NULL,
  rated_through     TEXT NOT NULL,
  service_type      TEXT NOT NULL,
  service_channel   TEXT NOT NULL,
  outlet_id         UUID,
  department        TEXT NOT NULL,
  staff_username    TEXT,
  given_at          TIMESTAMPTZ NOT NULL,
  given_on          DATE NOT NULL,
  excluded          BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT rating_one_per_service UNIQUE (service_record_id)
);
CREATE INDEX rating_citizen_idx ON rating (citizen_id);
CREATE INDEX rating_given_on_idx ON rating (given_on, score);

CREATE TABLE rectification (
  id                    UUID PRIMARY KEY,
  source                TEXT NOT NULL,
  source_key            TEXT NOT NULL,
  rating_id             UUID UNIQUE,
  service_record_id     UUID,
  citizen_id            UUID,
  staff_username        TEXT,
  department            TEXT,
  summary               TEXT NOT NULL,
  named                 BOOLEAN NOT NULL,
  opened_on             DATE NOT NULL,
  reply_due_on          DATE NOT NULL,
  rectify_due_on        DATE NOT NULL,
  status                TEXT NOT NULL,
  reply                 TEXT,
  replied_at            TIMESTAMPTZ,
  replied_by            TEXT,
  rectification_note    TEXT,
  rectified_at          TIMESTAMPTZ,
  rectified_by          TEXT,
  return_visit_required BOOLEAN NOT NULL,
  return_visit_note     TEXT,
  return_visit_at       TIMESTAMPTZ,
  return_visit_by       TEXT,
  appeal_reason         TEXT,
  appealed_at           TIMESTAMPTZ,
  appealed_by           TEXT,
  status_before_appeal  TEXT,
  appeal_decision       TEXT,
  appeal_decided_at     TIMESTAMPTZ,
  appeal_decided_by     TEXT,
  follow_up_score       SMALLINT CHECK (follow_up_score BETWEEN 1 AND 3),
  follow_up_at          TIMESTAMPTZ,
  opened_at             TIMESTAMPTZ NOT NULL,
  CONSTRAINT rectification_source_uq UNIQUE (source, source_key)
);
CREATE INDEX rectification_status_idx ON rectification (status, reply_due_on);
