/**
 * AI maturity checks (issue 3, domain.md §1–2).
 *
 * - `assessments` is the working copy of a check: its header (stage, date, language,
 *   participants, instrument version) and where the workshop stands (cursor) so reopening
 *   resumes at the same screen. `status` is 'draft' while answers may change and 'finalised'
 *   once frozen; `revision` counts the finalised revisions (0 = never finalised). Editing a
 *   finalised check reopens it as a draft of revision + 1; earlier revisions stay untouched.
 * - answers / notes / targets hold one row per item or dimension and are upserted, each save in
 *   one short transaction.
 * - `assessment_revisions` holds the frozen snapshots (answers, notes, targets and the result as
 *   computed at finalisation). A trigger refuses any UPDATE, so a snapshot never changes; rows
 *   only go away with their client (GDPR erasure) through the cascades.
 * Every table carries client_id → clients ON DELETE CASCADE, so erasing a client removes it all.
 */
export default /* sql */ `
CREATE TABLE assessments (
  id                  TEXT PRIMARY KEY,
  client_id           TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  stage               TEXT NOT NULL CHECK (stage IN ('first', 'follow_up')),
  previous_id         TEXT REFERENCES assessments (id) ON DELETE SET NULL,
  held_on             TEXT NOT NULL,
  language            TEXT NOT NULL CHECK (language IN ('fr', 'de', 'en', 'lb')),
  participants_json   TEXT NOT NULL DEFAULT '[]',
  instrument_version  TEXT NOT NULL,
  status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalised')),
  revision            INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  cursor_step         TEXT,
  cursor_view         TEXT NOT NULL DEFAULT 'item' CHECK (cursor_view IN ('item', 'grid')),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_client ON assessments (client_id, held_on, created_at);

CREATE TABLE assessment_answers (
  assessment_id   TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  item_id         TEXT NOT NULL,
  level           INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
  checked_json    TEXT,
  not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  unknown         INTEGER NOT NULL DEFAULT 0 CHECK (unknown IN (0, 1)),
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (assessment_id, item_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX assessment_answers_client ON assessment_answers (client_id);

CREATE TABLE assessment_notes (
  assessment_id   TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  item_id         TEXT NOT NULL,
  body            TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (assessment_id, item_id)
) STRICT;
CREATE INDEX assessment_notes_client ON assessment_notes (client_id);

CREATE TABLE assessment_targets (
  assessment_id   TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  dimension_id    TEXT NOT NULL,
  target          INTEGER NOT NULL CHECK (target BETWEEN 0 AND 100),
  updated_at      TEXT NOT NULL,
  PRIMARY KEY (assessment_id, dimension_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX assessment_targets_client ON assessment_targets (client_id);

CREATE TABLE assessment_revisions (
  assessment_id       TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id           TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  revision            INTEGER NOT NULL CHECK (revision >= 1),
  finalised_at        TEXT NOT NULL,
  instrument_version  TEXT NOT NULL,
  held_on             TEXT NOT NULL,
  language            TEXT NOT NULL,
  participants_json   TEXT NOT NULL,
  answers_json        TEXT NOT NULL,
  notes_json          TEXT NOT NULL,
  targets_json        TEXT NOT NULL,
  result_json         TEXT NOT NULL,
  overall             REAL,
  PRIMARY KEY (assessment_id, revision)
) STRICT;
CREATE INDEX assessment_revisions_client ON assessment_revisions (client_id);

CREATE TRIGGER assessment_revisions_immutable
BEFORE UPDATE ON assessment_revisions
BEGIN
  SELECT RAISE(ABORT, 'assessment revisions are immutable');
END;
`;
