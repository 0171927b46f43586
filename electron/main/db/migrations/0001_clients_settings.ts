export default /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL DEFAULT '',
  search_text         TEXT NOT NULL DEFAULT '',
  rcs_number          TEXT NOT NULL DEFAULT '',
  legal_form          TEXT NOT NULL DEFAULT '',
  nace_code           TEXT NOT NULL DEFAULT '',
  nace_label          TEXT NOT NULL DEFAULT '',
  commune             TEXT NOT NULL DEFAULT '',
  headcount           REAL,
  turnover_cents      INTEGER,
  balance_sheet_cents INTEGER,
  contacts_json       TEXT NOT NULL DEFAULT '[]',
  related_json        TEXT NOT NULL DEFAULT '[]',
  report_locale       TEXT NOT NULL DEFAULT 'fr',
  consent_benchmark   INTEGER NOT NULL DEFAULT 0,
  consent_date        TEXT,
  size_class          TEXT NOT NULL DEFAULT 'unknown',
  archived_at         TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX clients_rcs ON clients (rcs_number) WHERE rcs_number <> '';
`;
