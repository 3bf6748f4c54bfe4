-- Renewal (换证) and restoration (恢复驾驶资格) of issued licences (domain-rules §1.6). The licence's current term and
-- the class it now allows (an exchange at 63 or 70 changes it) live with the application; each service is kept.
ALTER TABLE licence_application ADD COLUMN licence_term TEXT;
ALTER TABLE licence_application ADD COLUMN licence_class_held TEXT;
UPDATE licence_application SET licence_term = 'SIX_YEARS', licence_class_held = licence_class
  WHERE licence_number IS NOT NULL;

CREATE TABLE licence_service (
  id                     UUID PRIMARY KEY,
  application_id         UUID NOT NULL REFERENCES licence_application (id),
  kind                   TEXT NOT NULL CHECK (kind IN ('RENEWAL', 'RESTORATION', 'RESTORATION_TEST_FAILED')),
  done_on                DATE NOT NULL,
  class_before           TEXT NOT NULL,
  class_after            TEXT NOT NULL,
  term                   TEXT,
  valid_from             DATE,
  valid_until            DATE,
  twelve_point_period    BOOLEAN NOT NULL,
  medical_certificate_on DATE,
  subject_1_score        INT CHECK (subject_1_score BETWEEN 0 AND 100),
  recorded_by            TEXT NOT NULL,
  recorded_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX licence_service_application_idx ON licence_service (application_id, recorded_at);
