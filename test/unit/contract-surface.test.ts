/**
 * What the contract exposes (shared/contract/index.ts): every method the renderer may call is
 * called by the renderer (no dead method stays in the surface an untrusted page can reach), the
 * methods the tests use on their own are outside it, and each of those is used by a test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, appContract, contract, isAppMethodName, isMethodName } from '@shared/contract';
import { testOnlyContract } from '@shared/contract/test-only';

const ROOT = join(__dirname, '..', '..');

function textOf(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textOf(path);
      return /\.tsx?$/.test(name) ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

const renderer = textOf(join(ROOT, 'renderer/src'));
const tests = ['unit', 'integration', 'e2e'].map((d) => textOf(join(ROOT, 'test', d))).join('\n');
const testOnly = Object.keys(testOnlyContract);

describe('the contract surface', () => {
  it('exposes the app methods only: the test-only ones are implemented but not exposed', () => {
    expect(testOnly.length).toBeGreaterThan(0);
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES, ...testOnly].sort());
    for (const name of testOnly) {
      expect(METHOD_NAMES, name).not.toContain(name);
      expect(isAppMethodName(name), name).toBe(false);
      expect(isMethodName(name), name).toBe(true);
      expect(appContract, name).not.toHaveProperty(name);
    }
  });

  it('holds no method the renderer never calls', () => {
    const uncalled = METHOD_NAMES.filter((name) => !renderer.includes(`'${name}'`));
    expect(uncalled).toEqual([]);
    expect(isMethodName('gpu.presets')).toBe(false); // removed: nothing read it
  });

  it('keeps a test-only method only while a test uses it, and the renderer never names one', () => {
    for (const name of testOnly) {
      expect(tests.includes(`'${name}'`), `${name} used by a test`).toBe(true);
      expect(renderer.includes(`'${name}'`), `${name} named by the renderer`).toBe(false);
    }
  });
});
