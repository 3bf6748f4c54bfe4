-- The outbox: a message is written in the transaction of the fact that causes it and sent afterwards by the
-- dispatcher. The unique key makes "never twice for the same entity, event and channel" a database guarantee.
-- The recipient is stored encrypted (AES-256-GCM) with a keyed look-up hash and a masked copy for display
-- (GB/T 35273-2020 §6.3); the body may hold a one-time code and is never logged at INFO.
create table outbox_message
(
  id               uuid primary key,
  entity_type      text        not null,
  entity_id        text        not null,
  event            text        not null,
  channel          text        not null, -- SMS, APP
  recipient_hash   char(64)    not null, -- PersonalDataCipher.lookupHash(mobile)
  recipient_cipher text        not null, -- PersonalDataCipher.encrypt(mobile)
  recipient_masked text        not null, -- 138****5678
  template         text        not null,
  body             text        not null,
  status           text        not null, -- PENDING, SENT, FAILED
  attempts         int         not null default 0,
  created_at       timestamptz not null,
  sent_at          timestamptz,
  last_error       text,
  unique (entity_type, entity_id, event, channel)
);

create index outbox_message_by_recipient on outbox_message (recipient_hash, created_at);
create index outbox_message_by_status on outbox_message (status, created_at);
