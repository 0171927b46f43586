/**
 * Participants' individual answers (issue 14). A voter is one participant of a check (named, or
 * "Participant N" when anonymous), answering round the table or on their own device; a vote is
 * their answer to one item, with the same shape rules as `assessment_answers` (which keeps the
 * agreed answer, the one that scores). Both belong to the check, not to a frozen revision, and
 * to the client through client_id ON DELETE CASCADE, so export, import and erasure find them.
 * IF NOT EXISTS: a file whose user_version was set back (tests of older files do this) re-runs it.
 */
export default /* sql */ `
CREATE TABLE IF NOT EXISTS assessment_voters (
  id             TEXT PRIMARY KEY,
  assessment_id  TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  label          TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  anonymous      INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  channel        TEXT NOT NULL CHECK (channel IN ('table', 'device')),
  language       TEXT NOT NULL CHECK (language IN ('fr', 'de', 'en', 'lb')),
  created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS assessment_voters_assessment ON assessment_voters (assessment_id, created_at);
CREATE INDEX IF NOT EXISTS assessment_voters_client ON assessment_voters (client_id);

CREATE TABLE IF NOT EXISTS assessment_votes (
  assessment_id  TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  voter_id       TEXT NOT NULL REFERENCES assessment_voters (id) ON DELETE CASCADE,
  item_id        TEXT NOT NULL,
  level          INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
  checked_json   TEXT,
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  unknown        INTEGER NOT NULL DEFAULT 0 CHECK (unknown IN (0, 1)),
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (assessment_id, voter_id, item_id)
) STRICT;
CREATE INDEX IF NOT EXISTS assessment_votes_client ON assessment_votes (client_id);
CREATE INDEX IF NOT EXISTS assessment_votes_voter ON assessment_votes (voter_id);
`;
