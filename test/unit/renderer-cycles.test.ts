/**
 * The renderer is layered (architecture.md, "Renderer"): lib/ and components/ ← features/ ← app/.
 * app/ holds the shell and the registries that list features' components (client panels, results
 * slots, settings sections) and hands each registry to the screen that shows it; a feature takes
 * from app/ only the prop types of those registries. Features import one another in one
 * direction at most. A cycle, between feature folders or between files, fails with its path.
 */
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, resolveFile, specTarget, type Edge } from '../support/import-graph';

const SRC = 'renderer/src';
const edges = importGraph(SRC);

/** `renderer/src/features/sync/SyncBadge.tsx` → `features/sync`; `renderer/src/lib/api.ts` → `lib`. */
function area(file: string): string {
  const [top, feature] = file.slice(SRC.length + 1).split('/');
  return top === 'features' ? `features/${feature}` : top;
}

const show = (cycles: string[][]) => cycles.map((c) => c.join(' → '));

describe('renderer import graph', () => {
  it('is read: resolves relative and aliased imports, dynamic imports and type imports', () => {
    const has = (from: string, to: string, typeOnly?: boolean) =>
      edges.some((e) => e.from === `${SRC}/${from}` && e.to === `${SRC}/${to}` && (typeOnly === undefined || e.typeOnly === typeOnly));
    expect(has('main.tsx', 'app/App.tsx')).toBe(true);
    expect(has('app/routes.tsx', 'features/clients/ClientPage.tsx')).toBe(true); // dynamic import()
    expect(has('features/funding/FundingPanel.tsx', 'app/plug-in-props.ts', true)).toBe(true);
    expect(edges.length).toBeGreaterThan(300);
    // The aliases of tsconfig.json resolve like relative paths.
    expect(resolveFile(specTarget(`${SRC}/app/App.tsx`, '@renderer/lib/api')!)).toBe(`${SRC}/lib/api.ts`);
    expect(resolveFile(specTarget(`${SRC}/app/App.tsx`, '../lib/api')!)).toBe(`${SRC}/lib/api.ts`);
  });

  it('finds a cycle and prints its path (the checker works)', () => {
    const fake: Edge[] = [
      { from: 'a', to: 'b', typeOnly: false },
      { from: 'b', to: 'c', typeOnly: true },
      { from: 'c', to: 'a', typeOnly: false },
      { from: 'c', to: 'd', typeOnly: false },
    ];
    expect(show(findCycles(fake))).toEqual(['a → b → c → a']);
    expect(findCycles([{ from: 'x', to: 'x' }])).toEqual([['x', 'x']]);
    expect(findCycles(fake.slice(0, 2))).toEqual([]);
  });

  it('has no file-level import cycle', () => {
    expect(show(findCycles(edges))).toEqual([]);
  });

  it('has no cycle between feature folders', () => {
    const between = edges
      .map((e) => ({ from: area(e.from), to: area(e.to) }))
      .filter((e) => e.from.startsWith('features/') && e.to.startsWith('features/') && e.from !== e.to);
    expect(show(findCycles(between))).toEqual([]);
  });

  it('lib/ and components/ import no feature and nothing of app/', () => {
    const offences = edges
      .filter((e) => ['lib', 'components'].includes(area(e.from)) && (area(e.to).startsWith('features/') || area(e.to) === 'app'))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(offences).toEqual([]);
  });

  it('features take from app/ only the registries’ prop types', () => {
    const offences = edges
      .filter((e) => area(e.from).startsWith('features/') && area(e.to) === 'app' && !(e.typeOnly && e.to === `${SRC}/app/plug-in-props.ts`))
      .map((e) => `${e.from} imports ${e.to}${e.typeOnly ? ' (types)' : ''}`);
    expect(offences).toEqual([]);
  });
});
