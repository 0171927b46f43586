/**
 * Turns a data file back into what an app before migration 9 wrote: finalised revisions with a
 * 2026.1 result (an overall of 20 read as Adopted), no scoring/funding version columns, schema 7.
 * The next start migrates it again, as an advisor's laptop would be on update.
 */
import Database from 'better-sqlite3';

export function rewindToBeforeRevisionVersions(dbPath: string): void {
  const raw = new Database(dbPath);
  try {
    const stored = JSON.parse((raw.prepare('SELECT result_json FROM assessment_revisions').get() as { result_json: string }).result_json);
    const legacy = { ...stored, level: 'adopted' };
    delete legacy.scoringVersion;
    delete legacy.coverage;
    raw.exec('DROP TRIGGER assessment_revisions_immutable');
    raw.prepare('UPDATE assessment_revisions SET result_json = ?').run(JSON.stringify(legacy));
    raw.exec('ALTER TABLE assessment_revisions DROP COLUMN scoring_version; ALTER TABLE assessment_revisions DROP COLUMN funding_rules_version;');
    raw.exec(`CREATE TRIGGER assessment_revisions_immutable BEFORE UPDATE ON assessment_revisions BEGIN SELECT RAISE(ABORT, 'assessment revisions are immutable'); END;`);
    raw.pragma('user_version = 7');
  } finally {
    raw.close();
  }
}
