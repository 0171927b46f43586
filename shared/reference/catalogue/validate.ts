import { fieldProblem, type FieldProblem } from '../../field-problems';
import { LOCALES, type LocalizedText } from '../../locale';
import { PILLARS, type Catalogue, type InitiativeTemplate } from './types';

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Dimension part of an instrument item id (`data.inventory` → `data`), by the instrument's id convention. */
export function dimensionOfItem(itemId: string): string {
  const dot = itemId.indexOf('.');
  return dot < 0 ? itemId : itemId.slice(0, dot);
}

/** A localised text's problems: missing, or a language without text. */
function textProblems(path: string, text: LocalizedText | undefined): FieldProblem[] {
  if (!text) return [fieldProblem(path, 'missing_text', `${path}: missing`)];
  return LOCALES.filter((l) => typeof text[l] !== 'string' || text[l].trim() === '').map((l) => fieldProblem(`${path}.${l}`, 'missing_text', `${path}.${l}: empty`));
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
 * Structural checks of a catalogue (no knowledge of the instrument): the field problems found
 * (shared/field-problems.ts; each message names the template), empty when the catalogue is sound.
 * The roadmap generator relies on these properties.
 */
export function validateCatalogue(catalogue: Catalogue): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ids = new Set<string>();
  catalogue.templates.forEach((t, index) => {
    const path = `templates.${index}`;
    const add = (field: string, code: string, message: string) => problems.push(fieldProblem(field ? `${path}.${field}` : path, code, `template ${t.id}: ${message}`));
    if (!ID_PATTERN.test(t.id)) add('id', 'invalid_id', 'id is not kebab/snake case');
    if (ids.has(t.id)) add('id', 'duplicate_id', 'duplicate id');
    ids.add(t.id);
    if (!(PILLARS as readonly string[]).includes(t.pillar)) add('pillar', 'invalid_value', `unknown pillar ${t.pillar}`);
    if (!Number.isInteger(t.durationMonths) || t.durationMonths < 1) add('durationMonths', 'out_of_range', 'durationMonths must be a positive integer');
    const [low, high] = t.costRangeCents;
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || low < 0 || low > high) {
      add('costRangeCents', 'out_of_range', 'costRangeCents must be integers with 0 ≤ low ≤ high');
    }
    if (t.dimensionIds.length === 0) add('dimensionIds', 'empty', 'no dimensionIds');
    if (t.itemIds.length === 0) add('itemIds', 'empty', 'no itemIds');
    if (new Set(t.itemIds).size !== t.itemIds.length) add('itemIds', 'duplicate', 'duplicate itemIds');
    for (const item of t.itemIds) {
      if (!t.dimensionIds.includes(dimensionOfItem(item))) add('itemIds', 'outside_dimensions', `item ${item} outside its dimensionIds`);
    }
    for (const d of t.dimensionIds) {
      if (!t.itemIds.some((i) => dimensionOfItem(i) === d)) add('dimensionIds', 'no_item', `dimension ${d} has no item`);
    }
    if (t.prerequisites.includes(t.id)) add('prerequisites', 'requires_itself', 'requires itself');
    if (t.kpis.length === 0) add('kpis', 'empty', 'no kpis');
    problems.push(...textProblems(`${path}.title`, t.title), ...textProblems(`${path}.rationale`, t.rationale));
    t.kpis.forEach((k, i) => problems.push(...textProblems(`${path}.kpis.${i}`, k)));
  });
  catalogue.templates.forEach((t, index) => {
    for (const p of t.prerequisites) {
      if (!ids.has(p)) problems.push(fieldProblem(`templates.${index}.prerequisites`, 'unknown_prerequisite', `template ${t.id}: unknown prerequisite ${p}`));
    }
  });
  const cycle = findPrerequisiteCycle(catalogue.templates);
  if (cycle) problems.push(fieldProblem('templates', 'prerequisite_cycle', `prerequisite cycle: ${cycle.join(' → ')}`));
  problems.push(...textProblems('costBasis', catalogue.costBasis));
  return problems;
}
