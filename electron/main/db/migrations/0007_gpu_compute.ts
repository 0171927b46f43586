/**
 * GPU-hour budgets, GPU budget settings and compute requests (issue 5).
 *
 * - A budget belongs to a client and is edited freely; its workloads are JSON (the shape is the
 *   contract's `workloadDraftSchema`).
 * - `gpu_settings` holds only the figures an advisor changed; absent keys use the published
 *   defaults (shared/reference/gpu/settings.ts). Not client data.
 * - A compute request is one record (`id` = the portal's record id, stable across revisions) with
 *   numbered revisions. A draft revision is editable; finalising freezes it with the budget, the
 *   estimate and the payload, and writes the outbox row in the same transaction. The trigger is
 *   the last line of defence: a finalised revision can never change (a change = a new revision).
 */
export default /* sql */ `
CREATE TABLE gpu_settings (
  key         TEXT PRIMARY KEY CHECK (key IN (
                'pricePerGpuHourCents', 'pue', 'carbonBasis', 'carbonLocationGPerKwh', 'carbonProductionGPerKwh',
                'carbonMarketGPerKwh', 'cashbackRate', 'gpusPerNode', 'maxJobHours', 'playgroundMaxGpuHours',
                'fastLaneMaxGpuHours')),
  value_json  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE gpu_budgets (
  id              TEXT PRIMARY KEY,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  name            TEXT NOT NULL DEFAULT '',
  hardware_id     TEXT NOT NULL,
  precision       TEXT NOT NULL CHECK (precision IN ('bf16', 'fp8')),
  workloads_json  TEXT NOT NULL DEFAULT '[]',
  initiative_id   TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX gpu_budgets_client ON gpu_budgets (client_id, updated_at);

CREATE TABLE compute_requests (
  id              TEXT PRIMARY KEY,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  -- The budget the figures come from; a deleted budget leaves finalised snapshots intact.
  budget_id       TEXT REFERENCES gpu_budgets (id) ON DELETE SET NULL,
  initiative_id   TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX compute_requests_client ON compute_requests (client_id, updated_at);
CREATE INDEX compute_requests_budget ON compute_requests (budget_id);

CREATE TABLE compute_request_revisions (
  request_id      TEXT NOT NULL REFERENCES compute_requests (id) ON DELETE CASCADE,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  supersedes      INTEGER CHECK (supersedes IS NULL OR supersedes = revision - 1),
  status          TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
  locale          TEXT NOT NULL CHECK (locale IN ('fr', 'de', 'en', 'lb')),
  fields_json     TEXT NOT NULL,
  -- Snapshot, written once when the revision is finalised.
  budget_json     TEXT,
  estimate_json   TEXT,
  payload_json    TEXT,
  finalised_at    TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (request_id, revision),
  CHECK (status = 'draft' OR (budget_json IS NOT NULL AND estimate_json IS NOT NULL AND payload_json IS NOT NULL AND finalised_at IS NOT NULL))
) STRICT;
CREATE INDEX compute_request_revisions_client ON compute_request_revisions (client_id);

CREATE TRIGGER compute_request_revision_frozen
BEFORE UPDATE ON compute_request_revisions
WHEN OLD.status = 'finalised'
BEGIN
  SELECT RAISE(ABORT, 'read_only: a finalised compute request revision cannot change');
END;
`;
