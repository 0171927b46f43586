/**
 * A finalised check revision records every rule version it was made with (issue 10): the
 * instrument version was already there; this adds the scoring version (level cut-offs) and the
 * funding-rule version (scheme set) current at finalisation.
 *
 * Revisions are immutable (a trigger refuses UPDATE), so existing rows get their values through
 * the column defaults: every revision finalised before this migration was made with scoring
 * 2026.1 and scheme set 2026.1, the only versions that existed. New revisions always name both.
 */
export default /* sql */ `
ALTER TABLE assessment_revisions ADD COLUMN scoring_version TEXT NOT NULL DEFAULT '2026.1';
ALTER TABLE assessment_revisions ADD COLUMN funding_rules_version TEXT NOT NULL DEFAULT '2026.1';
`;
