/**
 * Funding scenarios (issue 5, domain.md §3) and the advisor's changes to funding schemes.
 *
 * - funding_scenarios / funding_cost_lines hold client data: both reference clients(id) ON DELETE
 *   CASCADE, so erasing a client removes them (cost lines also cascade from their scenario).
 * - A scenario pins the scheme set version and, per selected scheme, the revision its figures
 *   rest on (scheme_revisions_json), until the advisor recomputes with the current rules.
 * - funding_scheme_revisions is the append-only history of scheme edits: the full scheme of each
 *   revision (so a pinned scenario can always be recomputed as it was), the patch, the field
 *   diff old → new, who and when. Revision 1 is the shipped data and has no row. Not client data.
 */
export default /* sql */ `
CREATE TABLE funding_scenarios (
  id                      TEXT PRIMARY KEY,
  client_id               TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  name                    TEXT NOT NULL,
  scheme_ids_json         TEXT NOT NULL DEFAULT '[]',
  prior_de_minimis_cents  INTEGER NOT NULL DEFAULT 0 CHECK (prior_de_minimis_cents >= 0),
  collaboration           INTEGER NOT NULL DEFAULT 0 CHECK (collaboration IN (0, 1)),
  scheme_set_version      TEXT NOT NULL,
  scheme_revisions_json   TEXT NOT NULL DEFAULT '{}',
  rules_taken_at          TEXT NOT NULL,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
) STRICT;
CREATE INDEX funding_scenarios_client ON funding_scenarios (client_id, created_at);

CREATE TABLE funding_cost_lines (
  id                        TEXT PRIMARY KEY,
  scenario_id               TEXT NOT NULL REFERENCES funding_scenarios (id) ON DELETE CASCADE,
  client_id                 TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  position                  INTEGER NOT NULL,
  type                      TEXT NOT NULL CHECK (type IN ('diagnostic_consultancy', 'implementation_consultancy',
                              'technical_implementation', 'personnel', 'compute', 'training', 'other')),
  label                     TEXT NOT NULL DEFAULT '',
  amount_cents              INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
  gpu_hours                 REAL CHECK (gpu_hours IS NULL OR gpu_hours >= 0),
  price_per_gpu_hour_cents  INTEGER CHECK (price_per_gpu_hour_cents IS NULL OR price_per_gpu_hour_cents > 0),
  initiative_id             TEXT,
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL
) STRICT;
CREATE INDEX funding_cost_lines_scenario ON funding_cost_lines (scenario_id, position);
CREATE INDEX funding_cost_lines_client ON funding_cost_lines (client_id);

CREATE TABLE funding_scheme_revisions (
  set_version  TEXT NOT NULL,
  scheme_id    TEXT NOT NULL,
  revision     INTEGER NOT NULL CHECK (revision >= 2),
  kind         TEXT NOT NULL CHECK (kind IN ('override', 'reset')),
  scheme_json  TEXT NOT NULL,
  patch_json   TEXT NOT NULL,
  diff_json    TEXT NOT NULL,
  changed_by   TEXT NOT NULL,
  changed_at   TEXT NOT NULL,
  PRIMARY KEY (set_version, scheme_id, revision)
) STRICT;
`;
