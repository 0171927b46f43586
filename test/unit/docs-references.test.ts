/**
 * The code cites the team's docs (`domain.md §3`, `portal-protocol.md`); they live in the repo's
 * docs/, so a reader can follow every reference without the team folder. This fails when a cited
 * file or numbered section does not exist there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_FOLDERS = ['electron', 'renderer', 'shared', 'scripts', 'test'];
const DOCS = ['architecture.md', 'domain.md', 'portal-protocol.md', 'glossary.md', 'toolchain.md'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx|mjs)$/.test(name) ? [p] : [];
  });
}

/** Every "<doc>.md" or "<doc>.md §N" cited in the sources and the README, with where. */
function citations(): { file: string; doc: string; section?: number }[] {
  const re = new RegExp(`\\b(${DOCS.map((d) => d.replace('.', '\\.')).join('|')})(?: §(\\d+))?`, 'g');
  const files = [...SOURCE_FOLDERS.flatMap(sourceFiles), 'README.md'];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(re)].map((m) => ({ file, doc: m[1], section: m[2] ? Number(m[2]) : undefined })),
  );
}

/** The numbers a doc gives its sections: "## 3. Funding schemes", or a numbered list of properties ("1. **Capture never waits.**"). */
function sectionNumbers(doc: string): Set<number> {
  const text = readFileSync(join('docs', doc), 'utf8');
  const headings = [...text.matchAll(/^## (\d+)\.\s/gm)].map((m) => Number(m[1]));
  if (headings.length > 0) return new Set(headings);
  return new Set([...text.matchAll(/^(\d+)\.\s/gm)].map((m) => Number(m[1])));
}

describe("the docs the code cites are the repo's own", () => {
  const cited = citations();

  it('finds the citations it checks (the code does cite the docs)', () => {
    expect(cited.filter((c) => c.doc === 'portal-protocol.md').length).toBeGreaterThan(10);
    expect(cited.filter((c) => c.section !== undefined).length).toBeGreaterThan(10);
  });

  it('every cited doc exists in docs/', () => {
    const missing = [...new Set(cited.map((c) => c.doc))].filter((doc) => !existsSync(join('docs', doc)));
    expect(missing).toEqual([]);
  });

  it('every cited section (§N) exists in its doc', () => {
    const broken = cited
      .filter((c) => c.section !== undefined && !sectionNumbers(c.doc).has(c.section))
      .map((c) => `${c.file} cites ${c.doc} §${c.section}`);
    expect(broken).toEqual([]);
  });
});
