-- The applicant's birth date, which the age and permit rules need: kept here (it is part of the application, as on the
-- paper form) so that an allocation run need not decrypt every applicant's ID number. Older rows fall back to it.
ALTER TABLE licence_application ADD COLUMN birth_date DATE;
