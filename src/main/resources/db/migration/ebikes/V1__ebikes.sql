-- Registered e-bikes (电动自行车). Plates, electronic permit ids and frame numbers are unique here, by constraint: two
-- concurrent registrations never get the same plate. The owner is a citizen id of identity; masked copies of the ID
-- number and name are kept for display (no clear personal data in this schema).
CREATE TABLE ebike (
  id                   UUID PRIMARY KEY,
  plate                TEXT NOT NULL,
  electronic_permit_id TEXT NOT NULL,
  frame_number         TEXT NOT NULL,
  citizen_id           UUID NOT NULL,
  owner_id_masked      TEXT NOT NULL,
  owner_name_masked    TEXT,
  brand                TEXT NOT NULL,
  model                TEXT NOT NULL,
  certificate_number   TEXT NOT NULL,
  manufactured_on      DATE NOT NULL,
  standard             TEXT NOT NULL,
  max_speed_kmh        NUMERIC NOT NULL,
  mass_kg              NUMERIC NOT NULL,
  battery_type         TEXT NOT NULL,
  battery_voltage      NUMERIC NOT NULL,
  motor_power_watts    INT NOT NULL,
  outlet_id            UUID NOT NULL,
  channel              TEXT NOT NULL,
  staff_username       TEXT,
  registered_at        TIMESTAMPTZ NOT NULL,
  CONSTRAINT ebike_plate_unique UNIQUE (plate),
  CONSTRAINT ebike_permit_unique UNIQUE (electronic_permit_id),
  CONSTRAINT ebike_frame_unique UNIQUE (frame_number)
);
CREATE INDEX ebike_citizen_idx ON ebike (citizen_id, registered_at);
