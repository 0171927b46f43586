/**
 * Two running copies on one data folder: the second explains and exits; a lock left by a
 * copy that died (SIGKILL, power cut) is taken over. Real child processes, real services.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { acquireDataLock, LOCK_FILE } from '@main/data-safety/data-lock';

const child = resolve('test/integration/helpers/hold-data-folder.ts');
const running: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  running.splice(0).forEach((p) => p.exitCode === null && p.kill('SIGKILL'));
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'laif-lock-'));
  dirs.push(d);
  return d;
}

/** Starts a copy; resolves with its first line of output (and its exit code once it ended). */
function startCopy(dataDir: string): Promise<{ proc: ChildProcess; said: { state: string; pid?: number; details?: Record<string, unknown> } }> {
  // node itself (with tsx as a loader), so the child's pid is the process that holds the lock
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  running.push(proc);
  return new Promise((resolvePromise, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolvePromise({ proc, said: JSON.parse(line) });
    });
    proc.on('error', reject);
    proc.on('exit', (code) => reject(new Error(`copy exited (${code}) before saying anything: ${out}`)));
  });
}

const exitCode = (proc: ChildProcess) => new Promise<number | null>((r) => (proc.exitCode !== null ? r(proc.exitCode) : proc.on('exit', (code) => r(code))));

describe('data-folder lock', () => {
  it('the second copy explains and exits; a dead copy’s lock is taken over', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const first = await startCopy(dir);
    expect(first.said.state).toBe('running');
    const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: first.proc.pid, host: hostname() });

    const second = await startCopy(dir);
    expect(second.said).toMatchObject({ state: 'locked', details: { pid: first.proc.pid, lockFile: join(dir, LOCK_FILE) } });
    expect(await exitCode(second.proc)).toBe(3);

    // The first copy dies without cleaning up: its lock file stays behind …
    first.proc.kill('SIGKILL');
    await exitCode(first.proc);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    // … and the next copy takes it over.
    const third = await startCopy(dir);
    expect(third.said.state).toBe('running');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(third.proc.pid);

    // A clean exit removes the lock.
    third.proc.stdin!.end();
    expect(await exitCode(third.proc)).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('in one process the lock is shared (services reopened), released with the last holder', () => {
    const dir = tempDir();
    const a = acquireDataLock(dir);
    const b = acquireDataLock(dir);
    a.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    b.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('respects a live or foreign-host lock, takes over a dead or unreadable one', () => {
    const dir = tempDir();
    const file = join(dir, LOCK_FILE);
    const write = (content: string) => writeFileSync(file, content);
    write(JSON.stringify({ app: 'laif-workbench', pid: 4242, host: hostname(), since: 'x' }));
    expect(() => acquireDataLock(dir, { pid: 1111, isAlive: (p) => p === 4242 })).toThrow(expect.objectContaining({ code: 'data_locked' }));
    write(JSON.stringify({ app: 'laif-workbench', pid: 4242, host: 'other-laptop', since: 'x' }));
    expect(() => acquireDataLock(dir, { pid: 1111, isAlive: () => false })).toThrow(expect.objectContaining({ code: 'data_locked' }));
    for (const stale of [JSON.stringify({ pid: 4242, host: hostname() }), 'garbage', '']) {
      write(stale);
      const lock = acquireDataLock(dir, { pid: 1111, isAlive: () => false });
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(1111);
      lock.release();
      expect(existsSync(file)).toBe(false);
    }
  });
});
