/**
 * The README's advisor workflow (issue 11) stays true: the seven steps in order, the browser
 * preview's port and data folder, and every key it lists is one the presenter or review mode
 * actually handles (read from their source, so renaming a key without the README fails here).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf("## An advisor's workflow"), readme.indexOf('## Trying sync locally'));
const presenter = readFileSync('renderer/src/features/assessment/PresenterPage.tsx', 'utf8');
const review = readFileSync('renderer/src/features/roadmap/ReviewPage.tsx', 'utf8');

/** Keys in the `key` column of a table whose first header cell starts with `title`. */
function keysOf(title: string): string[] {
  const table = section.slice(section.indexOf(`| ${title}`));
  const lines = table.split('\n').slice(2);
  const end = lines.findIndex((l) => !l.startsWith('|'));
  return (end < 0 ? lines : lines.slice(0, end))
    .flatMap((row) => [...row.split('|').slice(-2)[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]))
    .flatMap((k) => (k.includes('…') ? [k.split('…')[0], k.split('…')[1]] : [k]));
}

const handles = (source: string, key: string) => {
  const name = { '→': 'ArrowRight', '←': 'ArrowLeft', Esc: 'Escape', Space: ' ' }[key] ?? key;
  if (/^[0-9]$/.test(name)) return /\[0-9\]|Number\(key\)/.test(source);
  return source.includes(`'${name}'`) || source.includes(`'${name.toLowerCase()}'`);
};

describe('README: the advisor workflow', () => {
  it('names the seven steps in order', () => {
    expect(section).toContain('client → check → finalise → roadmap → review → sign-off → report');
    const steps = [...section.matchAll(/^\d\. \*\*(\w[\w-]*)\*\*/gm)].map((m) => m[1]);
    expect(steps).toEqual(['Client', 'Check', 'Finalise', 'Roadmap', 'Review', 'Sign-off', 'Report']);
  });

  it('lists only keys the presenter and review mode handle', () => {
    const presenterKeys = keysOf('presenter');
    const reviewKeys = keysOf('review mode');
    expect(presenterKeys).toEqual(expect.arrayContaining(['N', 'X', 'E', 'G', '?', 'Esc', '→', '←']));
    expect(reviewKeys).toEqual(expect.arrayContaining(['Home', 'End', 'Esc', 'Space']));
    for (const k of presenterKeys) expect(handles(presenter, k), `presenter key ${k}`).toBe(true);
    for (const k of reviewKeys) expect(handles(review, k), `review key ${k}`).toBe(true);
  });

  it('says where the browser preview listens and keeps its data', () => {
    expect(readme).toMatch(/`PORT`, default 5180/);
    expect(readme).toContain('.data/dev-browser/');
    expect(readFileSync('test/support/dev-browser.ts', 'utf8')).toMatch(/PORT \?\? 5180/);
  });
});
