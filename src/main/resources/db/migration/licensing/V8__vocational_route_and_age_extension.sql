-- The A1/A2 route for full-time driving-vocational students (全日制驾驶职业教育, 162 art. 14 and 17), declared by the
-- clerk at acceptance; and the extension of a large class beyond 63 after the three-ability tests (172 art. 65):
-- the last day the class may be driven, and the extension kept as a licence service.
ALTER TABLE licence_application ADD COLUMN vocational_student BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE licence_application ADD COLUMN large_class_extended_through DATE;
ALTER TABLE licence_service ADD COLUMN three_ability_tests_on DATE;
ALTER TABLE licence_service DROP CONSTRAINT licence_service_kind_check;
ALTER TABLE licence_service ADD CONSTRAINT licence_service_kind_check
  CHECK (kind IN ('RENEWAL', 'RESTORATION', 'RESTORATION_TEST_FAILED', 'AGE_EXTENSION'));
