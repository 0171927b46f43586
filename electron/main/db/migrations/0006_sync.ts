/**
 * Sync with the portal (portal-protocol.md): the pairing (no secret here: the token lives in the
 * OS secret store), the changes-feed cursor, the status coming back per submitted revision and
 * the peer benchmarks cached for offline use. The outbox itself is migration 0002.
 */
export default /* sql */ `
CREATE TABLE portal_connection (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  base_url         TEXT NOT NULL DEFAULT '',
  device_name      TEXT NOT NULL DEFAULT '',
  device_id        TEXT,
  advisor_id       TEXT,
  advisor_name     TEXT,
  paired_at        TEXT,
  -- 1 after a 401: the whole queue waits until the advisor pairs again.
  needs_auth       INTEGER NOT NULL DEFAULT 0 CHECK (needs_auth IN (0, 1)),
  -- Overload answer (429/503 Retry-After): nothing is sent before this time.
  not_before       TEXT,
  changes_cursor   TEXT,
  last_sync_at     TEXT,
  last_attempt_at  TEXT,
  last_error_json  TEXT
) STRICT;
INSERT INTO portal_connection (id) VALUES (1);

-- Status of a submitted revision as the portal reports it in the changes feed.
CREATE TABLE portal_status (
  kind             TEXT NOT NULL CHECK (kind IN ('roadmap', 'compute_request')),
  record_id        TEXT NOT NULL,
  revision         INTEGER NOT NULL CHECK (revision >= 1),
  client_id        TEXT REFERENCES clients (id) ON DELETE CASCADE,
  status           TEXT NOT NULL CHECK (status IN ('received', 'under_review', 'approved', 'rejected', 'needs_information', 'acknowledged')),
  allocation_json  TEXT,
  message          TEXT,
  at               TEXT NOT NULL,
  applied_at       TEXT NOT NULL,
  PRIMARY KEY (kind, record_id, revision)
) STRICT;
CREATE INDEX portal_status_client ON portal_status (client_id);

-- Last answer of /api/v1/benchmarks per filter (aggregates only: no client data).
CREATE TABLE benchmark_cache (
  instrument_version TEXT NOT NULL,
  nace               TEXT NOT NULL,
  size_class         TEXT NOT NULL,
  response_json      TEXT NOT NULL,
  fetched_at         TEXT NOT NULL,
  PRIMARY KEY (instrument_version, nace, size_class)
) STRICT;

-- Delivery bookkeeping on the outbox (the queued envelope itself is never changed).
ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN acknowledged_at TEXT;
`;
