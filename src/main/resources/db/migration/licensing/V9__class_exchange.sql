-- A licence exchanged for a lower class outside renewal (降级换证, 降低准驾车型; 162, 172 art. 65): kept as a licence
-- service like a renewal; the class held changes on the application, the number and validity do not.
ALTER TABLE licence_service DROP CONSTRAINT licence_service_kind_check;
ALTER TABLE licence_service ADD CONSTRAINT licence_service_kind_check
  CHECK (kind IN ('RENEWAL', 'RESTORATION', 'RESTORATION_TEST_FAILED', 'AGE_EXTENSION', 'CLASS_EXCHANGE'));
