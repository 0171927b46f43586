/** The `settings` table: one text value per key. What the values mean is settings-service.ts's. */
import type { Db } from '@main/db/open-database';

export function createSettingsRepository(db: Db) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    value: (key: string): string | null => read.get(key)?.value ?? null,
    setValue: (key: string, value: string) => void write.run(key, value),
    remove: (key: string) => void remove.run(key),
  };
}
