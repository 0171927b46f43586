/**
 * The import graph of the source tree, read as text: static imports and re-exports, side-effect
 * imports and dynamic `import()`, type-only imports included (a type cycle is still a cycle of
 * knowledge). Specifiers are resolved like the bundler does: relative paths and the path aliases
 * of tsconfig.json (`@renderer/*`, `@shared/*`, `@main/*`, `@locales/*`); packages stay unresolved.
 * Used by the boundaries test and the renderer cycles test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathAliases } from '../../path-aliases';

export const ROOT = resolve(__dirname, '../..');

/** One import of a file: what it wrote, and whether it takes types only. */
export interface ImportSpec {
  spec: string;
  typeOnly: boolean;
}

const IMPORT_PATTERNS: { re: RegExp; typeOnly?: (m: RegExpMatchArray) => boolean }[] = [
  { re: /^\s*import\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm, typeOnly: (m) => Boolean(m[1]) },
  { re: /^\s*export\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm, typeOnly: (m) => Boolean(m[1]) },
  { re: /^\s*import\s+()['"]([^'"]+)['"]/gm },
  { re: /\bimport\(\s*()['"]([^'"]+)['"]\s*\)/g },
  { re: /\brequire\(\s*()['"]([^'"]+)['"]\s*\)/g },
];

export function importsOf(file: string): ImportSpec[] {
  const text = readFileSync(file, 'utf8');
  const found: ImportSpec[] = [];
  for (const { re, typeOnly } of IMPORT_PATTERNS)
    for (const m of text.matchAll(re)) found.push({ spec: m[2], typeOnly: typeOnly ? typeOnly(m) : false });
  return found;
}

/** `@renderer/lib/api` → `renderer/src/lib/api`: an alias spelled out (tsconfig.json `paths`); others as written. */
export function expandAlias(spec: string, aliases = pathAliases(ROOT)): string {
  const alias = aliases.find((a) => spec.startsWith(a.prefix));
  return alias ? alias.dir + spec.slice(alias.prefix.length) : spec;
}

/** The repo-relative path a specifier names (without extension), or null for a package. */
export function specTarget(fromFile: string, spec: string, aliases = pathAliases(ROOT)): string | null {
  if (spec.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(fromFile), spec));
  const expanded = expandAlias(spec, aliases);
  return expanded === spec ? null : expanded;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a repo-relative target resolves to, or null (a missing file or a non-source asset). */
export function resolveFile(target: string): string | null {
  for (const ext of EXTENSIONS) {
    const p = join(ROOT, target + ext);
    if (existsSync(p) && statSync(p).isFile()) return relative(ROOT, p);
  }
  return null;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

export interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every edge between source files under `dir` (repo-relative paths); CSS and packages left out. */
export function importGraph(dir: string): Edge[] {
  const aliases = pathAliases(ROOT);
  return sourceFiles(dir).flatMap((from) =>
    importsOf(join(ROOT, from)).flatMap(({ spec, typeOnly }) => {
      const target = specTarget(join(ROOT, from), spec, aliases);
      const to = target === null ? null : resolveFile(target);
      return to && /\.(ts|tsx)$/.test(to) ? [{ from, to, typeOnly }] : [];
    }),
  );
}

/**
 * The cycles of a graph as paths (`[a, b, a]`): for each strongly connected component with more
 * than one node (or a self-loop), the shortest cycle through each of its nodes, without repeats.
 */
export function findCycles(edges: { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  // Tarjan's algorithm; the graphs are small enough for recursion.
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  const cycles = new Map<string, string[]>();
  for (const component of components)
    for (const start of [...component].sort()) {
      const cycle = shortestCycle(start, new Set(component), next);
      const key = [...cycle.slice(1)].sort().join('|');
      if (!cycles.has(key)) cycles.set(key, cycle);
    }
  return [...cycles.values()];
}

/** The shortest closed path from `start` back to it inside one component (breadth-first). */
function shortestCycle(start: string, inside: Set<string>, next: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = cameFrom.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}
