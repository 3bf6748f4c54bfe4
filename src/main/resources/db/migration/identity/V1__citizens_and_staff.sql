-- Staff accounts: passwords hashed by Spring Security's delegating encoder (BCrypt by default).
CREATE TABLE staff_account (
  id            UUID PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  department    TEXT,
  roles         TEXT NOT NULL,
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ NOT NULL
);

-- Real-name citizens, stored once. ID and mobile numbers are sensitive personal information (GB/T 35273-2020):
-- AES-256-GCM cipher text, a keyed HMAC look-up hash, and the masked form for display.
CREATE TABLE citizen (
  id               UUID PRIMARY KEY,
  id_number_hash   CHAR(64) NOT NULL UNIQUE,
  id_number_cipher TEXT NOT NULL,
  id_number_masked TEXT NOT NULL,
  mobile_hash      CHAR(64) NOT NULL,
  mobile_cipher    TEXT NOT NULL,
  mobile_masked    TEXT NOT NULL,
  name_cipher      TEXT,
  name_masked      TEXT,
  created_at       TIMESTAMPTZ NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX citizen_mobile_hash_idx ON citizen (mobile_hash);

-- One-time sign-in codes: only a keyed hash of the code is kept; 5-minute expiry, 5 attempts.
CREATE TABLE one_time_code (
  id          UUID PRIMARY KEY,
  citizen_id  UUID NOT NULL REFERENCES citizen (id),
  code_hash   CHAR(64) NOT NULL,
  expires_at  TIMESTAMPTZ NOT NULL,
  attempts    INT NOT NULL DEFAULT 0,
  consumed_at TIMESTAMPTZ,
  created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX one_time_code_citizen_idx ON one_time_code (citizen_id, created_at DESC);

-- Citizen bearer tokens: only the SHA-256 of the token is stored.
CREATE TABLE citizen_session (
  token_hash CHAR(64) PRIMARY KEY,
  citizen_id UUID NOT NULL REFERENCES citizen (id),
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX citizen_session_citizen_idx ON citizen_session (citizen_id);
