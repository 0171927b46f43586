/**
 * Roadmaps (issue 4, domain.md §1 and §4).
 *
 * - `roadmaps` is one roadmap of a client, generated from one finalised revision of a maturity
 *   check. It keeps the generated proposal (`proposal_json`, the pure generator's output) so the
 *   advisor can always compare the edited roadmap with it. `revision` is the latest revision and
 *   `status` its state: 'draft' while it is edited, 'signed_off' once the SME's manager signed it.
 *   Every revision below the latest one is signed off (a new revision is only started from a
 *   signed-off one), so the status of the latest revision is all that needs a column.
 * - `roadmap_initiatives` holds the initiatives of every revision: a new revision copies the rows
 *   of the previous one under revision + 1, keeping `initiative_key` (the initiative's identity
 *   across revisions, sent as `id` in the portal payload). `template_id` is null for a custom
 *   initiative; an empty `title` / `kpi` means "the catalogue text, in the reader's language".
 * - `roadmap_signoffs` records who signed which revision, with the exact revision as JSON.
 * Triggers refuse any change to a signed-off revision and to a sign-off (inserts are left to the
 * service, so a client's data can be restored from an export table by table); deleting them stays
 * possible only through the client's erasure (ON DELETE CASCADE from clients).
 */
export default /* sql */ `
CREATE TABLE roadmaps (
  id                   TEXT PRIMARY KEY,
  client_id            TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  assessment_id        TEXT NOT NULL,
  assessment_revision  INTEGER NOT NULL CHECK (assessment_revision >= 1),
  instrument_version   TEXT NOT NULL,
  catalogue_version    TEXT NOT NULL,
  horizon_months       INTEGER NOT NULL CHECK (horizon_months IN (12, 18, 24)),
  starts_on            TEXT CHECK (starts_on IS NULL OR starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
  mode                 TEXT NOT NULL CHECK (mode IN ('close_gaps', 'sustain', 'no_data')),
  proposal_json        TEXT NOT NULL,
  revision             INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  status               TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed_off')),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX roadmaps_client ON roadmaps (client_id, created_at);

CREATE TABLE roadmap_initiatives (
  roadmap_id               TEXT NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  client_id                TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  revision                 INTEGER NOT NULL CHECK (revision >= 1),
  initiative_key           TEXT NOT NULL,
  position                 INTEGER NOT NULL CHECK (position >= 0),
  source                   TEXT NOT NULL CHECK (source IN ('proposal', 'catalogue', 'custom')),
  template_id              TEXT,
  title                    TEXT NOT NULL DEFAULT '',
  pillar                   TEXT NOT NULL CHECK (pillar IN ('assess', 'upskill', 'connect', 'fund', 'build_test', 'scale_execute')),
  dimension_ids_json       TEXT NOT NULL DEFAULT '[]',
  start_month              INTEGER NOT NULL CHECK (start_month >= 0),
  duration_months          INTEGER NOT NULL CHECK (duration_months >= 1),
  cost_cents               INTEGER NOT NULL CHECK (cost_cents >= 0),
  owner                    TEXT NOT NULL DEFAULT '',
  benefit_cents_per_year   INTEGER CHECK (benefit_cents_per_year IS NULL OR benefit_cents_per_year >= 0),
  kpi                      TEXT NOT NULL DEFAULT '',
  reason_json              TEXT,
  uses_ai                  INTEGER NOT NULL DEFAULT 0 CHECK (uses_ai IN (0, 1)),
  ai_act_answers_json      TEXT NOT NULL DEFAULT '{}',
  ai_act_risk              TEXT NOT NULL DEFAULT 'unclassified'
                           CHECK (ai_act_risk IN ('prohibited', 'high', 'limited', 'minimal', 'unclassified')),
  created_at               TEXT NOT NULL,
  updated_at               TEXT NOT NULL,
  PRIMARY KEY (roadmap_id, revision, initiative_key)
) STRICT;
CREATE INDEX roadmap_initiatives_client ON roadmap_initiatives (client_id);
CREATE INDEX roadmap_initiatives_order ON roadmap_initiatives (roadmap_id, revision, position);

CREATE TABLE roadmap_signoffs (
  roadmap_id      TEXT NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  manager_name    TEXT NOT NULL,
  manager_role    TEXT NOT NULL,
  signed_on       TEXT NOT NULL,
  signed_at       TEXT NOT NULL,
  snapshot_json   TEXT NOT NULL,
  snapshot_sha256 TEXT NOT NULL,
  PRIMARY KEY (roadmap_id, revision)
) STRICT;
CREATE INDEX roadmap_signoffs_client ON roadmap_signoffs (client_id);

CREATE TRIGGER roadmap_signoffs_immutable
BEFORE UPDATE ON roadmap_signoffs
BEGIN
  SELECT RAISE(ABORT, 'roadmap sign-offs are immutable');
END;

CREATE TRIGGER roadmap_initiatives_signed_no_update
BEFORE UPDATE ON roadmap_initiatives
WHEN EXISTS (SELECT 1 FROM roadmap_signoffs s WHERE s.roadmap_id = OLD.roadmap_id AND s.revision = OLD.revision)
BEGIN
  SELECT RAISE(ABORT, 'a signed-off roadmap revision is read-only');
END;

-- GDPR erasure deletes the client row before its cascades run, so the client no longer exists
-- when they reach this table: only deleting a signed-off initiative any other way is refused.
CREATE TRIGGER roadmap_initiatives_signed_no_delete
BEFORE DELETE ON roadmap_initiatives
WHEN EXISTS (SELECT 1 FROM roadmap_signoffs s WHERE s.roadmap_id = OLD.roadmap_id AND s.revision = OLD.revision)
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = OLD.client_id)
BEGIN
  SELECT RAISE(ABORT, 'a signed-off roadmap revision is read-only');
END;
`;
