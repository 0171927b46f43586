/**
 * The reference portal's own database (better-sqlite3). Duplicates are prevented by UNIQUE
 * constraints (idempotency key; kind + id + revision), never by "look, then insert" alone, and
 * every submission is stored in one IMMEDIATE transaction, so two servers on the same file
 * (or two concurrent requests) can never store a record twice.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type PortalDb = Database.Database;

const SCHEMA = /* sql */ `
CREATE TABLE IF NOT EXISTS advisors (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS pairing_codes (
  code        TEXT PRIMARY KEY,
  advisor_id  TEXT NOT NULL REFERENCES advisors (id),
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  used_at     TEXT,
  device_id   TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS devices (
  id            TEXT PRIMARY KEY,
  advisor_id    TEXT NOT NULL REFERENCES advisors (id),
  name          TEXT NOT NULL,
  app_version   TEXT NOT NULL,
  token_sha256  TEXT NOT NULL UNIQUE,
  created_at    TEXT NOT NULL,
  revoked_at    TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS submissions (
  seq              INTEGER PRIMARY KEY,
  idempotency_key  TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL,
  record_id        TEXT NOT NULL,
  revision         INTEGER NOT NULL,
  supersedes       INTEGER,
  sha256           TEXT NOT NULL,
  envelope_json    TEXT NOT NULL,
  device_id        TEXT NOT NULL,
  advisor_id       TEXT NOT NULL,
  portal_ref       TEXT NOT NULL UNIQUE,
  receipt_json     TEXT NOT NULL,
  received_at      TEXT NOT NULL,
  UNIQUE (kind, record_id, revision)
) STRICT;
CREATE TABLE IF NOT EXISTS changes (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  advisor_id   TEXT NOT NULL,
  kind         TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  change_json  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS changes_advisor ON changes (advisor_id, seq);
`;

export function openPortalDb(path: string): PortalDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // A receipt handed out must survive a crash of the portal.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** 8 characters shown as XXXX-XXXX, without the look-alikes 0/O and 1/I. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_TTL_MS = 15 * 60 * 1000;

export function newPairingCode(): string {
  let raw = '';
  for (let i = 0; i < 8; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** "abcd 1234", "ABCD1234", " abcd-1234 " → "ABCD-1234"; anything else → null. */
export function normalisePairingCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(raw)) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

export interface Receipt {
  idempotencyKey: string;
  portalRef: string;
  kind: string;
  id: string;
  revision: number;
  receivedAt: string;
}

export interface DeviceRow {
  id: string;
  advisor_id: string;
  name: string;
  revoked_at: string | null;
}

export function createStore(db: PortalDb, now: () => Date) {
  const stmt = {
    advisorByName: db.prepare<[string], { id: string; name: string }>('SELECT * FROM advisors WHERE name = ?'),
    advisorById: db.prepare<[string], { id: string; name: string }>('SELECT * FROM advisors WHERE id = ?'),
    insertAdvisor: db.prepare('INSERT INTO advisors (id, name) VALUES (?, ?)'),
    insertCode: db.prepare('INSERT INTO pairing_codes (code, advisor_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    codeFor: db.prepare<[string, string], { code: string; advisor_id: string }>(
      'SELECT code, advisor_id FROM pairing_codes WHERE code = ? AND used_at IS NULL AND expires_at > ?',
    ),
    useCode: db.prepare('UPDATE pairing_codes SET used_at = ?, device_id = ? WHERE code = ? AND used_at IS NULL'),
    insertDevice: db.prepare(
      'INSERT INTO devices (id, advisor_id, name, app_version, token_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deviceByToken: db.prepare<[string], DeviceRow>('SELECT id, advisor_id, name, revoked_at FROM devices WHERE token_sha256 = ?'),
    revokeDevice: db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    revokeAll: db.prepare('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL'),
    byKey: db.prepare<[string], { sha256: string; receipt_json: string }>(
      'SELECT sha256, receipt_json FROM submissions WHERE idempotency_key = ?',
    ),
    maxRevision: db.prepare<[string, string], { r: number | null }>(
      'SELECT max(revision) AS r FROM submissions WHERE kind = ? AND record_id = ?',
    ),
    nextSeq: db.prepare<[], { n: number }>('SELECT coalesce(max(seq), 0) + 1 AS n FROM submissions'),
    insertSubmission: db.prepare(
      `INSERT INTO submissions (seq, idempotency_key, kind, record_id, revision, supersedes, sha256, envelope_json,
         device_id, advisor_id, portal_ref, receipt_json, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertChange: db.prepare(
      'INSERT INTO changes (advisor_id, kind, record_id, revision, change_json) VALUES (?, ?, ?, ?, ?)',
    ),
    latestSubmission: db.prepare<[string, string], { revision: number; advisor_id: string }>(
      'SELECT revision, advisor_id FROM submissions WHERE kind = ? AND record_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    submissionAt: db.prepare<[string, string, number], { advisor_id: string }>(
      'SELECT advisor_id FROM submissions WHERE kind = ? AND record_id = ? AND revision = ?',
    ),
    changesSince: db.prepare<[string, number, number], { seq: number; change_json: string }>(
      'SELECT seq, change_json FROM changes WHERE advisor_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
  };

  function ensureAdvisor(name: string): { id: string; name: string } {
    const found = stmt.advisorByName.get(name);
    if (found) return found;
    const advisor = { id: randomUUID(), name };
    stmt.insertAdvisor.run(advisor.id, advisor.name);
    return advisor;
  }

  return {
    ensureAdvisor,

    createPairingCode(advisorName: string): { code: string; expiresAt: string; advisor: { id: string; name: string } } {
      const advisor = ensureAdvisor(advisorName);
      const created = now();
      const expiresAt = new Date(created.getTime() + PAIRING_CODE_TTL_MS).toISOString();
      for (;;) {
        const code = newPairingCode();
        try {
          stmt.insertCode.run(code, advisor.id, created.toISOString(), expiresAt);
          return { code, expiresAt, advisor };
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
        }
      }
    },

    /** One-time: the code is spent in the same transaction that creates the device. */
    pair(code: string, deviceName: string, appVersion: string) {
      return db
        .transaction(() => {
          const at = now().toISOString();
          const row = stmt.codeFor.get(code, at);
          if (!row) return null;
          const deviceId = randomUUID();
          const token = randomBytes(32).toString('base64url');
          if (stmt.useCode.run(at, deviceId, code).changes !== 1) return null;
          stmt.insertDevice.run(deviceId, row.advisor_id, deviceName, appVersion, sha256Hex(token), at);
          return { deviceId, token, advisor: stmt.advisorById.get(row.advisor_id)! };
        })
        .immediate();
    },

    deviceForToken(token: string): DeviceRow | null {
      const device = stmt.deviceByToken.get(sha256Hex(token));
      return device && !device.revoked_at ? device : null;
    },
    revokeDevice: (deviceId: string) => stmt.revokeDevice.run(now().toISOString(), deviceId).changes > 0,
    revokeAll: () => stmt.revokeAll.run(now().toISOString()).changes,

    /**
     * Rules 2–4 of portal-protocol.md in one IMMEDIATE transaction. The UNIQUE index on the
     * key is the real guard: if another connection stored the same key first, the insert fails
     * and the answer becomes the replay.
     */
    submit(input: {
      key: string;
      kind: string;
      id: string;
      revision: number;
      supersedes: number | null;
      sha256: string;
      envelopeJson: string;
      device: DeviceRow;
    }):
      | { outcome: 'stored' | 'replay'; receipt: Receipt }
      | { outcome: 'idempotency_mismatch' }
      | { outcome: 'stale_revision'; currentRevision: number } {
      const attempt = () =>
        db
          .transaction(() => {
            const existing = stmt.byKey.get(input.key);
            if (existing) {
              return existing.sha256 === input.sha256
                ? { outcome: 'replay' as const, receipt: JSON.parse(existing.receipt_json) as Receipt }
                : { outcome: 'idempotency_mismatch' as const };
            }
            const current = stmt.maxRevision.get(input.kind, input.id)?.r ?? null;
            if (current !== null && current >= input.revision) {
              return { outcome: 'stale_revision' as const, currentRevision: current };
            }
            const seq = stmt.nextSeq.get()!.n;
            const receivedAt = now().toISOString();
            const receipt: Receipt = {
              idempotencyKey: input.key,
              portalRef: `LAIF-${receivedAt.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
              kind: input.kind,
              id: input.id,
              revision: input.revision,
              receivedAt,
            };
            stmt.insertSubmission.run(
              seq,
              input.key,
              input.kind,
              input.id,
              input.revision,
              input.supersedes,
              input.sha256,
              input.envelopeJson,
              input.device.id,
              input.device.advisor_id,
              receipt.portalRef,
              JSON.stringify(receipt),
              receivedAt,
            );
            if (input.kind === 'compute_request') {
              const change = { kind: 'compute_request_status', id: input.id, revision: input.revision, status: 'received', allocation: null, message: null, at: receivedAt };
              stmt.insertChange.run(input.device.advisor_id, 'compute_request', input.id, input.revision, JSON.stringify(change));
            } else if (input.kind === 'roadmap') {
              const change = { kind: 'roadmap_status', id: input.id, revision: input.revision, status: 'received', at: receivedAt };
              stmt.insertChange.run(input.device.advisor_id, 'roadmap', input.id, input.revision, JSON.stringify(change));
            }
            return { outcome: 'stored' as const, receipt };
          })
          .immediate();
      try {
        return attempt();
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Another connection won the race for this key or this revision: answer as the rules say.
        if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return attempt();
        throw error;
      }
    },

    /** Appends a status change for the latest (or given) revision of a record. */
    addStatusChange(
      kind: 'compute_request' | 'roadmap',
      id: string,
      change: Record<string, unknown>,
      revision?: number,
    ): Record<string, unknown> | null {
      return db.transaction(() => {
        const target = revision
          ? (() => {
              const row = stmt.submissionAt.get(kind, id, revision);
              return row ? { revision, advisor_id: row.advisor_id } : undefined;
            })()
          : stmt.latestSubmission.get(kind, id);
        if (!target) return null;
        const full = {
          kind: kind === 'compute_request' ? 'compute_request_status' : 'roadmap_status',
          id,
          revision: target.revision,
          ...change,
          at: now().toISOString(),
        };
        stmt.insertChange.run(target.advisor_id, kind, id, target.revision, JSON.stringify(full));
        return full;
      })();
    },

    changesSince(advisorId: string, sinceSeq: number, limit: number) {
      return stmt.changesSince.all(advisorId, sinceSeq, limit).map((r) => ({ seq: r.seq, change: JSON.parse(r.change_json) }));
    },

    submissions(): { seq: number; idempotencyKey: string; kind: string; id: string; revision: number; portalRef: string; receivedAt: string; deviceId: string }[] {
      return db
        .prepare(
          `SELECT seq, idempotency_key AS idempotencyKey, kind, record_id AS id, revision, portal_ref AS portalRef,
                  received_at AS receivedAt, device_id AS deviceId FROM submissions ORDER BY seq`,
        )
        .all() as never;
    },

    devices(): { id: string; name: string; advisorId: string; revokedAt: string | null }[] {
      return db.prepare('SELECT id, name, advisor_id AS advisorId, revoked_at AS revokedAt FROM devices ORDER BY created_at').all() as never;
    },

    /** Latest revision of every assessment of an instrument version (benchmarks start from these). */
    latestAssessments(instrumentVersion: string): { seq: number; recordId: string; payload: Record<string, unknown> }[] {
      const rows = db
        .prepare<[], { seq: number; record_id: string; envelope_json: string }>(
          `SELECT s.seq, s.record_id, s.envelope_json FROM submissions s
            WHERE s.kind = 'assessment'
              AND s.revision = (SELECT max(revision) FROM submissions t WHERE t.kind = 'assessment' AND t.record_id = s.record_id)
            ORDER BY s.seq`,
        )
        .all();
      return rows
        .map((r) => ({ seq: r.seq, recordId: r.record_id, payload: (JSON.parse(r.envelope_json) as { payload: Record<string, unknown> }).payload }))
        .filter((r) => r.payload.instrumentVersion === instrumentVersion);
    },
  };
}

export type PortalStore = ReturnType<typeof createStore>;
