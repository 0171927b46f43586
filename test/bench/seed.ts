/**
 * `npm run seed -- --clients 1000 --checks 5000 --data <dir> [--seed 20260302] [--force]`
 *
 * Fills a data folder with a deterministic dataset (test/bench/seed-data.ts): the same
 * arguments give the same database content. The folder is created and migrated like the app
 * does it, and locked while seeding, so a running app on the same folder is never written to.
 * An existing database with clients is left alone unless --force (which starts it afresh).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '@main/db/open-database';
import { acquireDataLock } from '@main/data-safety/data-lock';
import { DATABASE_FILE } from '@main/services/create-services';
import { databaseDigest, seedDatabase } from './seed-data';

export interface SeedArgs {
  clients: number;
  checks: number;
  data: string;
  seed: number;
  force: boolean;
}

export function parseSeedArgs(argv: string[]): SeedArgs {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (name: string, fallback: number, max = 1_000_000) => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`--${name} must be a whole number from 0 to ${max}`);
    return n;
  };
  const data = value('data');
  if (!data) throw new Error('--data <folder> is required');
  return { clients: count('clients', 1000), checks: count('checks', 5000), data: resolve(data), seed: count('seed', 20260302, 2 ** 32 - 1), force: argv.includes('--force') };
}

export async function seedFolder(args: SeedArgs): Promise<{ clients: number; checks: number; digest: string; ms: number }> {
  const started = performance.now();
  const lock = acquireDataLock(args.data);
  try {
    const file = join(args.data, DATABASE_FILE);
    if (args.force) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    const db = await openDatabase(file);
    try {
      const existing = (db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
      if (existing > 0) throw new Error(`${file} already holds ${existing} clients: use --force to start it afresh`);
      const counts = seedDatabase(db, { clients: args.clients, checks: args.checks, seed: args.seed });
      db.pragma('wal_checkpoint(TRUNCATE)');
      return { ...counts, digest: databaseDigest(db), ms: Math.round(performance.now() - started) };
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseSeedArgs(process.argv.slice(2));
    if (!existsSync(args.data)) console.log(`creating ${args.data}`);
    const r = await seedFolder(args);
    console.log(`seeded ${r.clients} clients and ${r.checks} checks in ${r.ms} ms into ${args.data}\ncontent sha256 ${r.digest}`);
  } catch (error) {
    console.error(`seed: ${(error as Error).message}`);
    process.exit(1);
  }
}
