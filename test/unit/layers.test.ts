/**
 * The layers inside shared/ go one way (docs/architecture.md, "Where code may run"):
 *
 *   base ← reference ← domain ← charts ← report ← contract
 *
 * base: the top-level helpers (format, rounding, locale, errors, field-problems, bidi, security,
 * number and date input) that anyone may import; reference: versioned data; domain: pure rules; charts: the
 * chart definitions the screen and the report share; report: the Word report's data; contract:
 * the transport shapes and portal payloads (it may name report types, e.g. the export's steps).
 * A file may import its own layer and the layers below it. Type-only imports count too: a type
 * pulled from a higher layer ties the lower one to it just the same. Relative paths and the
 * tsconfig path aliases are both resolved.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findCycles, importGraph, ROOT, specTarget, type Edge } from '../support/import-graph';

type Layer = 'base' | 'reference' | 'domain' | 'contract' | 'charts' | 'report';

/** Lowest first: a layer may import itself and those before it. */
const ORDER: readonly Layer[] = ['base', 'reference', 'domain', 'charts', 'report', 'contract'];
const mayImport = (from: Layer, to: Layer) => ORDER.indexOf(to) <= ORDER.indexOf(from);

/** The layer of a file under shared/: its first folder, or base for the top-level helpers. */
function layerOf(file: string): Layer {
  const parts = file.split('/');
  if (parts[0] !== 'shared') throw new Error(`not a shared file: ${file}`);
  if (parts.length === 2) return 'base';
  const folder = parts[1] as Layer;
  if (!ORDER.includes(folder)) throw new Error(`shared/${folder}/ has no layer: add it to ORDER and docs/architecture.md`);
  return folder;
}

function offences(edges: Edge[]): string[] {
  return edges
    .filter((e) => e.to.startsWith('shared/') && !mayImport(layerOf(e.from), layerOf(e.to)))
    .map((e) => `${e.from} (${layerOf(e.from)}) imports ${e.to} (${layerOf(e.to)})${e.typeOnly ? ' [types]' : ''}`);
}

describe('layers inside shared/', () => {
  const edges = importGraph('shared');

  it('every shared folder has a layer', () => {
    expect(() => edges.forEach((e) => [layerOf(e.from), layerOf(e.to)])).not.toThrow();
  });

  it('no file imports a higher layer (type imports included)', () => {
    expect(offences(edges)).toEqual([]);
  });

  it('no import cycle between shared files', () => {
    expect(findCycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the check catches an upward import, also a type-only one and through an alias', () => {
    expect(offences([{ from: 'shared/domain/x.ts', to: 'shared/contract/y.ts', typeOnly: true }])).toHaveLength(1);
    expect(offences([{ from: 'shared/reference/a/types.ts', to: 'shared/domain/sme-size.ts', typeOnly: false }])).toHaveLength(1);
    expect(offences([{ from: 'shared/report/r.ts', to: 'shared/contract/c.ts', typeOnly: true }])).toHaveLength(1);
    expect(offences([{ from: 'shared/charts/c.ts', to: 'shared/report/r.ts', typeOnly: true }])).toHaveLength(1);
    expect(offences([{ from: 'shared/format.ts', to: 'shared/domain/scoring.ts', typeOnly: false }])).toHaveLength(1);
    expect(offences([{ from: 'shared/report/r.ts', to: 'shared/domain/d.ts', typeOnly: false }])).toEqual([]);
    expect(offences([{ from: 'shared/contract/c.ts', to: 'shared/report/r.ts', typeOnly: true }])).toEqual([]);
    // An alias names the same file a relative path does.
    const from = join(ROOT, 'shared/domain/x.ts');
    expect(specTarget(from, '@shared/contract/y')).toBe(specTarget(from, '../contract/y'));
  });
});
