-- What a rating needs to know of the service it rates, kept with the invitation from the service's own event
-- (ServiceRendered): a rating is then one INSERT … SELECT from this row, without asking transactions (the rating
-- benchmark, docs/benchmarks.md). Null for invitations made before this migration: those ratings read the service
-- record as before.
ALTER TABLE rating_invitation
  ADD COLUMN service_channel TEXT,
  ADD COLUMN outlet_id       UUID,
  ADD COLUMN department      TEXT,
  ADD COLUMN staff_username  TEXT,
  ADD COLUMN completed_at    TIMESTAMPTZ,
  -- the reminder (one only) of an unrated service: when it was sent, and the hash of its own link's token
  ADD COLUMN reminded_at     TIMESTAMPTZ,
  ADD COLUMN reminder_token_hash TEXT UNIQUE;
CREATE INDEX rating_invitation_unreminded_idx ON rating_invitation (completed_at) WHERE reminded_at IS NULL;

-- Escalation of an overdue rectification (督办, to the 支队): when, why (REPLY or RECTIFY overdue), and the day it
-- became due for escalation.
ALTER TABLE rectification
  ADD COLUMN escalated_at     TIMESTAMPTZ,
  ADD COLUMN escalated_for    TEXT CHECK (escalated_for IN ('REPLY', 'RECTIFY')),
  ADD COLUMN escalation_due_on DATE;
