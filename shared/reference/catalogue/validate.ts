import { LOCALES, type LocalizedText } from '../../locale';
import { PILLARS, type Catalogue, type InitiativeTemplate } from './types';

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Dimension part of an instrument item id (`data.inventory` → `data`), by the instrument's id convention. */
export function dimensionOfItem(itemId: string): string {
  const dot = itemId.indexOf('.');
  return dot < 0 ? itemId : itemId.slice(0, dot);
}

function textProblems(where: string, text: LocalizedText | undefined): string[] {
  if (!text) return [`${where}: missing`];
  return LOCALES.filter((l) => typeof text[l] !== 'string' || text[l].trim() === '').map((l) => `${where}.${l}: empty`);
}

/**
 * Finds a prerequisite cycle, returned as the ids along it (first id repeated at the end), or null.
 * Unknown prerequisite ids are ignored here (reported separately).
 */
export function findPrerequisiteCycle(templates: readonly InitiativeTemplate[]): string[] | null {
  const byId = new Map(templates.map((t) => [t.id, t]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 'done') return null;
    if (s === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const p of byId.get(id)?.prerequisites ?? []) {
      if (!byId.has(p)) continue;
      const cycle = visit(p);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const t of [...templates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const cycle = visit(t.id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * Structural checks of a catalogue (no knowledge of the instrument): returns human-readable problems,
 * empty when the catalogue is sound. The roadmap generator relies on these properties.
 */
export function validateCatalogue(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of catalogue.templates) {
    const at = `template ${t.id}`;
    if (!ID_PATTERN.test(t.id)) problems.push(`${at}: id is not kebab/snake case`);
    if (ids.has(t.id)) problems.push(`${at}: duplicate id`);
    ids.add(t.id);
    if (!(PILLARS as readonly string[]).includes(t.pillar)) problems.push(`${at}: unknown pillar ${t.pillar}`);
    if (!Number.isInteger(t.durationMonths) || t.durationMonths < 1) problems.push(`${at}: durationMonths must be a positive integer`);
    const [low, high] = t.costRangeCents;
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || low < 0 || low > high) {
      problems.push(`${at}: costRangeCents must be integers with 0 ≤ low ≤ high`);
    }
    if (t.dimensionIds.length === 0) problems.push(`${at}: no dimensionIds`);
    if (t.itemIds.length === 0) problems.push(`${at}: no itemIds`);
    if (new Set(t.itemIds).size !== t.itemIds.length) problems.push(`${at}: duplicate itemIds`);
    for (const item of t.itemIds) {
      if (!t.dimensionIds.includes(dimensionOfItem(item))) problems.push(`${at}: item ${item} outside its dimensionIds`);
    }
    for (const d of t.dimensionIds) {
      if (!t.itemIds.some((i) => dimensionOfItem(i) === d)) problems.push(`${at}: dimension ${d} has no item`);
    }
    if (t.prerequisites.includes(t.id)) problems.push(`${at}: requires itself`);
    if (t.kpis.length === 0) problems.push(`${at}: no kpis`);
    problems.push(...textProblems(`${at}.title`, t.title), ...textProblems(`${at}.rationale`, t.rationale));
    t.kpis.forEach((k, i) => problems.push(...textProblems(`${at}.kpis[${i}]`, k)));
  }
  for (const t of catalogue.templates) {
    for (const p of t.prerequisites) if (!ids.has(p)) problems.push(`template ${t.id}: unknown prerequisite ${p}`);
  }
  const cycle = findPrerequisiteCycle(catalogue.templates);
  if (cycle) problems.push(`prerequisite cycle: ${cycle.join(' → ')}`);
  problems.push(...textProblems('costBasis', catalogue.costBasis));
  return problems;
}
