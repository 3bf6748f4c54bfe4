-- The citizen served on a mobile-office visit, encrypted (GB/T 35273-2020 §6.3), so that the event telling
-- transactions about the service carries no ID number into the event registry.
ALTER TABLE mobile_service ADD COLUMN citizen_id_number_cipher TEXT;
