/**
 * The crash harness of the capture tests: runs a child script under tsx, lets it print "ready",
 * kills it with SIGKILL after the given delay, and returns every line it printed before dying.
 * A child that never gets ready fails the test after 30 s, with its stderr.
 */
import { spawn } from 'node:child_process';

/** Small seeded generator, so a failing run can be replayed (the tests print the seed). */
export function lcg(seed: number) {
  let x = seed >>> 0 || 1;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function runAndKill(script: string, args: string[], killAfterReadyMs: number) {
  return new Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    const lines: string[] = [];
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`child never became ready (${args.join(' ')}); stderr: ${stderr}`));
    }, 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterReadyMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      done({ lines, signal, stderr });
    });
  });
}
