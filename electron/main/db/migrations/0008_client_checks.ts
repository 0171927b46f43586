/**
 * CHECK constraints on clients (issue 12): the database itself refuses a client the contract
 * would refuse, so a crafted import or a bug cannot leave a client the app can neither open,
 * export nor erase. Each rule restates the contract's (shared/contract/clients.ts, common.ts,
 * limits.ts) as SQL; test/integration/data-checks-migration.test.ts holds the two together at
 * their boundaries. Literal values on purpose: a migration never changes once shipped.
 * Lengths are checked twice: length() counts characters but stops at a NUL, octet_length()
 * counts every byte (a character is at most 4).
 *
 * SQLite adds a CHECK only by rebuilding the table (sqlite.org/lang_altertable.html, "making
 * other kinds of table schema changes"): foreign keys are off for this migration (the runner
 * does that for `rebuildsTables`), the rows are copied into a new table, the old one dropped,
 * the new one renamed, its index made again, and the runner checks every reference before
 * commit. Child tables keep referring to "clients" by name; their triggers are untouched.
 *
 * Rows the app cannot have written (the contract refused them at entry) can only come from a
 * crafted file imported before this version: they are left out, with the rows they own. The
 * backup taken before this migration keeps them.
 */
export default /* sql */ `
CREATE TABLE clients_checked (
  id                  TEXT PRIMARY KEY CHECK (id GLOB '[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  name                TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200 AND octet_length(name) <= 800),
  search_text         TEXT NOT NULL DEFAULT '' CHECK (length(search_text) <= 2000 AND octet_length(search_text) <= 8000),
  rcs_number          TEXT NOT NULL DEFAULT '' CHECK (length(rcs_number) <= 20 AND octet_length(rcs_number) <= 80),
  legal_form          TEXT NOT NULL DEFAULT '' CHECK (length(legal_form) <= 200 AND octet_length(legal_form) <= 800),
  nace_code           TEXT NOT NULL DEFAULT '' CHECK (length(nace_code) <= 10 AND octet_length(nace_code) <= 40),
  nace_label          TEXT NOT NULL DEFAULT '' CHECK (length(nace_label) <= 200 AND octet_length(nace_label) <= 800),
  commune             TEXT NOT NULL DEFAULT '' CHECK (length(commune) <= 200 AND octet_length(commune) <= 800),
  headcount           REAL CHECK (headcount IS NULL OR headcount BETWEEN 0 AND 10000000),
  turnover_cents      INTEGER CHECK (turnover_cents IS NULL OR turnover_cents BETWEEN 0 AND 1000000000000),
  balance_sheet_cents INTEGER CHECK (balance_sheet_cents IS NULL OR balance_sheet_cents BETWEEN 0 AND 1000000000000),
  contacts_json       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts_json) AND json_type(contacts_json) = 'array'),
  related_json        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related_json) AND json_type(related_json) = 'array'),
  report_locale       TEXT NOT NULL DEFAULT 'fr' CHECK (report_locale IN ('fr', 'de', 'en', 'lb')),
  consent_benchmark   INTEGER NOT NULL DEFAULT 0 CHECK (consent_benchmark IN (0, 1)),
  consent_date        TEXT CHECK (consent_date IS NULL OR consent_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  size_class          TEXT NOT NULL DEFAULT 'unknown' CHECK (size_class IN ('micro', 'small', 'medium', 'large', 'unknown')),
  archived_at         TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;

-- The same rules as a filter (a CHECK would abort the whole copy on the first bad row).
INSERT INTO clients_checked
SELECT * FROM clients
WHERE id GLOB '[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]-[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'
  AND length(name) <= 200 AND octet_length(name) <= 800 AND length(search_text) <= 2000 AND octet_length(search_text) <= 8000 AND length(rcs_number) <= 20 AND octet_length(rcs_number) <= 80
  AND length(legal_form) <= 200 AND octet_length(legal_form) <= 800 AND length(nace_code) <= 10 AND octet_length(nace_code) <= 40 AND length(nace_label) <= 200 AND octet_length(nace_label) <= 800 AND length(commune) <= 200 AND octet_length(commune) <= 800
  AND (headcount IS NULL OR headcount BETWEEN 0 AND 10000000)
  AND (turnover_cents IS NULL OR turnover_cents BETWEEN 0 AND 1000000000000)
  AND (balance_sheet_cents IS NULL OR balance_sheet_cents BETWEEN 0 AND 1000000000000)
  AND json_valid(contacts_json) AND json_type(contacts_json) = 'array'
  AND json_valid(related_json) AND json_type(related_json) = 'array'
  AND report_locale IN ('fr', 'de', 'en', 'lb')
  AND consent_benchmark IN (0, 1)
  AND (consent_date IS NULL OR consent_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
  AND size_class IN ('micro', 'small', 'medium', 'large', 'unknown');

DROP TABLE clients;
-- Legacy rename: a trigger of roadmap_initiatives names clients, which does not exist for this
-- one statement; the modern rename would re-check that trigger and fail.
PRAGMA legacy_alter_table = ON;
ALTER TABLE clients_checked RENAME TO clients;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX clients_rcs ON clients (rcs_number) WHERE rcs_number <> '';

-- What the left-out clients owned (every client-owned table of schema version 7), deepest first.
DELETE FROM compute_request_revisions WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM compute_requests WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM gpu_budgets WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM portal_status WHERE client_id IS NOT NULL AND client_id NOT IN (SELECT id FROM clients);
DELETE FROM outbox WHERE client_id IS NOT NULL AND client_id NOT IN (SELECT id FROM clients);
DELETE FROM funding_cost_lines WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM funding_scenarios WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM roadmap_signoffs WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM roadmap_initiatives WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM roadmaps WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM assessment_revisions WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM assessment_targets WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM assessment_notes WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM assessment_answers WHERE client_id NOT IN (SELECT id FROM clients);
DELETE FROM assessments WHERE client_id NOT IN (SELECT id FROM clients);
`;
