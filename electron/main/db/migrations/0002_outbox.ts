/**
 * The transactional outbox (portal-protocol.md). A row is written in the same transaction as
 * the finalisation or sign-off it reports, and is never edited except for its delivery state.
 * The envelope is stored as sent, so a resend is byte-identical and the idempotency key safe.
 */
export default /* sql */ `
CREATE TABLE outbox (
  id                TEXT PRIMARY KEY,
  idempotency_key   TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL CHECK (kind IN ('roadmap', 'compute_request', 'assessment')),
  record_id         TEXT NOT NULL,
  revision          INTEGER NOT NULL CHECK (revision >= 1),
  client_id         TEXT REFERENCES clients (id) ON DELETE CASCADE,
  envelope_json     TEXT NOT NULL,
  state             TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'delivered', 'retry', 'needs_auth', 'conflict', 'rejected')),
  attempts          INTEGER NOT NULL DEFAULT 0,
  next_attempt_at   TEXT,
  last_error_json   TEXT,
  portal_ref        TEXT,
  receipt_json      TEXT,
  delivered_at      TEXT,
  seq               INTEGER NOT NULL,
  created_at        TEXT NOT NULL,
  UNIQUE (kind, record_id, revision)
) STRICT;

CREATE INDEX outbox_state ON outbox (state, seq);
CREATE INDEX outbox_record ON outbox (kind, record_id);
`;
