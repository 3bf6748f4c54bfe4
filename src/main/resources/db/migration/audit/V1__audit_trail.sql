-- The append-only audit trail. Every row carries the SHA-256 of its own content and of the previous row's hash, so
-- that editing or deleting any row breaks the chain and AuditVerification finds it.
--
-- Append-only is enforced by privileges, not by a trigger: in production the application's role is granted only
-- INSERT and SELECT on audit.audit_record and SELECT, UPDATE on audit.chain_head (see docs/operations.md). A trigger
-- would also stop the tests that prove tampering is detected.
create table audit_record
(
  id             bigint generated always as identity primary key,
  occurred_at    timestamptz not null,
  actor          text        not null,
  action         text        not null,
  target_type    text        not null,
  target_id      text        not null,
  before_summary text,
  after_summary  text,
  previous_hash  char(64)    not null,
  hash           char(64)    not null
);

create index audit_record_by_target on audit_record (target_type, target_id, id);

-- The hash of the newest row. Appenders lock this single row (select ... for update), which serializes appends and
-- keeps the chain linear under concurrency.
create table chain_head
(
  id        int primary key check (id = 1),
  last_hash char(64) not null
);

insert into chain_head (id, last_hash)
values (1, '0000000000000000000000000000000000000000000000000000000000000000');
