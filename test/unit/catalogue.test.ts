import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '@shared/locale';
import { getInstrument } from '@shared/reference/instrument';
import {
  CATALOGUE_VERSIONS,
  CURRENT_CATALOGUE_VERSION,
  PILLARS,
  findPrerequisiteCycle,
  findTemplate,
  getCatalogue,
  validateCatalogue,
  type Catalogue,
  type InitiativeTemplate,
} from '@shared/reference/catalogue';

/** Each catalogue is written against one instrument version: its item ids must exist there. */
const INSTRUMENT_OF: Record<string, string> = { '2026.1': '2026.1', '2026.2': '2026.2' };

const catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION) as Catalogue;
const catalogue1 = getCatalogue('2026.1') as Catalogue;

function allTexts(t: InitiativeTemplate): [string, LocalizedText][] {
  return [[`${t.id}.title`, t.title], [`${t.id}.rationale`, t.rationale], ...t.kpis.map((k, i): [string, LocalizedText] => [`${t.id}.kpis[${i}]`, k])];
}

function clone(c: Catalogue): Catalogue {
  return JSON.parse(JSON.stringify(c)) as Catalogue;
}

describe('catalogue lookup', () => {
  it('serves the current version and knows nothing else', () => {
    expect(CURRENT_CATALOGUE_VERSION).toBe('2026.2');
    expect(catalogue.version).toBe('2026.2');
    expect(getCatalogue()).toBe(catalogue);
    // Saved roadmaps name 2026.1: it stays readable.
    expect(CATALOGUE_VERSIONS).toEqual(['2026.1', '2026.2']);
    expect(getCatalogue('2026.1')?.version).toBe('2026.1');
    expect(getCatalogue('2025.9')).toBeUndefined();
    expect(getCatalogue('')).toBeUndefined();
    expect(getCatalogue('toString')).toBeUndefined();
  });

  it('finds a template by id', () => {
    expect(findTemplate(catalogue, 'data-inventory-audit')?.pillar).toBe('assess');
    expect(findTemplate(catalogue, 'no-such-template')).toBeUndefined();
  });
});

describe.each([
  { version: '2026.1', count: [28, 32] },
  { version: '2026.2', count: [38, 44] },
])('catalogue $version content', ({ version, count }) => {
  const catalogue = getCatalogue(version) as Catalogue;
  const templates = catalogue.templates;
  const instrument = getInstrument(INSTRUMENT_OF[version]);
  const DIMENSION_IDS = instrument.dimensions.map((d) => d.id as string);
  const ITEM_IDS = instrument.items.map((i) => i.id);

  it('passes its own structural validation', () => {
    expect(validateCatalogue(catalogue)).toEqual([]);
  });

  it('has its range of templates with unique kebab-case ids', () => {
    expect(templates.length).toBeGreaterThanOrEqual(count[0]);
    expect(templates.length).toBeLessThanOrEqual(count[1]);
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers all six L-AIF pillars', () => {
    const used = new Set(templates.map((t) => t.pillar));
    expect([...used].sort()).toEqual([...PILLARS].sort());
    for (const p of PILLARS) expect(templates.filter((t) => t.pillar === p && !t.sustain).length).toBeGreaterThanOrEqual(2);
  });

  it('writes every text in four languages, translated rather than copied', () => {
    const texts = [...templates.flatMap(allTexts), ['costBasis', catalogue.costBasis] as [string, LocalizedText]];
    for (const [where, text] of texts) {
      for (const l of LOCALES) expect(text[l]?.trim(), `${where}.${l}`).toBeTruthy();
      expect(text.fr, `${where}.fr`).not.toBe(text.en);
      expect(text.de, `${where}.de`).not.toBe(text.en);
      expect(text.lb, `${where}.lb`).not.toBe(text.en);
      expect(text.lb, `${where}.lb`).not.toBe(text.de);
    }
  });

  it('uses only the instrument’s dimension and item ids, consistently', () => {
    for (const t of templates) {
      for (const d of t.dimensionIds) expect(DIMENSION_IDS, t.id).toContain(d);
      for (const i of t.itemIds) {
        expect(ITEM_IDS, t.id).toContain(i);
        expect(t.dimensionIds, `${t.id}: ${i}`).toContain(i.split('.')[0]);
      }
    }
  });

  it('can address every instrument item with a regular (non-sustain) initiative', () => {
    const covered = new Set(templates.filter((t) => !t.sustain).flatMap((t) => t.itemIds));
    expect(ITEM_IDS.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('has known, acyclic prerequisites', () => {
    const ids = new Set(templates.map((t) => t.id));
    for (const t of templates) {
      for (const p of t.prerequisites) {
        expect(ids.has(p), `${t.id} → ${p}`).toBe(true);
        expect(p).not.toBe(t.id);
      }
    }
    expect(findPrerequisiteCycle(templates)).toBeNull();
  });

  it('orders the groundwork before the pilots that depend on it', () => {
    expect(findTemplate(catalogue, 'cv-quality-control-pilot')?.prerequisites).toContain('data-inventory-audit');
    expect(findTemplate(catalogue, 'demand-forecasting-pilot')?.prerequisites).toContain('data-inventory-audit');
    expect(findTemplate(catalogue, 'ai-literacy-staff')?.prerequisites).toContain('ai-usage-policy');
    expect(findTemplate(catalogue, 'cloud-migration')?.prerequisites).toContain('cybersecurity-baseline');
  });

  it('has plausible durations and integer cent cost ranges', () => {
    for (const t of templates) {
      expect(Number.isInteger(t.durationMonths), t.id).toBe(true);
      expect(t.durationMonths, t.id).toBeGreaterThanOrEqual(1);
      expect(t.durationMonths, t.id).toBeLessThanOrEqual(12);
      const [low, high] = t.costRangeCents;
      expect(Number.isSafeInteger(low) && Number.isSafeInteger(high), t.id).toBe(true);
      expect(low, t.id).toBeGreaterThanOrEqual(0);
      expect(high, t.id).toBeGreaterThan(low);
      expect(high, t.id).toBeLessThanOrEqual(15_000_000); // no SME initiative above €150,000
      expect(t.kpis.length, t.id).toBeGreaterThanOrEqual(1);
    }
    // SME Package: the scheme's own project bounds (domain.md §3).
    expect(findTemplate(catalogue, 'apply-sme-package')?.costRangeCents).toEqual([665_000, 2_500_000]);
  });

  it('flags the initiatives that build an AI system (they need an AI Act triage)', () => {
    const flagged = new Set(templates.filter((t) => t.buildsAiSystem).map((t) => t.id));
    for (const id of ['cv-quality-control-pilot', 'customer-service-chatbot', 'demand-forecasting-pilot', 'document-processing-pilot', 'genai-assistant-pilot']) {
      expect(flagged.has(id), id).toBe(true);
    }
    for (const id of ['ai-literacy-managers', 'data-inventory-audit', 'apply-fit4ai', 'ai-act-classification']) {
      expect(flagged.has(id), id).toBe(false);
    }
  });

  it('has enough prerequisite-free sustain-and-scale initiatives for a mature company', () => {
    const sustain = templates.filter((t) => t.sustain);
    expect(sustain.length).toBeGreaterThanOrEqual(3);
    expect(sustain.length).toBeLessThanOrEqual(4);
    for (const t of sustain) expect(t.prerequisites, t.id).toEqual([]);
    expect(new Set(sustain.map((t) => t.pillar)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('validateCatalogue catches broken data', () => {
  it('reports an unknown prerequisite', () => {
    const c = clone(catalogue);
    c.templates[0].prerequisites = ['ghost'];
    expect(validateCatalogue(c).map((p) => p.message).join('\n')).toMatch(/unknown prerequisite ghost/);
  });

  it('reports a prerequisite cycle with its path', () => {
    const c = clone(catalogue1);
    const workshop = c.templates.find((t) => t.id === 'ai-opportunity-workshop') as InitiativeTemplate;
    workshop.prerequisites = ['apply-fit4ai']; // apply-fit4ai already requires the workshop
    expect(findPrerequisiteCycle(c.templates)).toEqual(['ai-opportunity-workshop', 'apply-fit4ai', 'ai-opportunity-workshop']);
    expect(validateCatalogue(c).map((p) => p.message).join('\n')).toMatch(/prerequisite cycle/);
  });

  it('reports empty translations, bad costs, bad durations, duplicates and item/dimension mismatches', () => {
    const c = clone(catalogue);
    c.templates[0].title.lb = '  ';
    c.templates[1].costRangeCents = [500, 100];
    c.templates[2].durationMonths = 0;
    c.templates[3].itemIds = [...c.templates[3].itemIds, 'green.measurement'];
    (c.templates as InitiativeTemplate[]).push({ ...c.templates[4] });
    const problems = validateCatalogue(c).map((p) => p.message).join('\n');
    expect(problems).toMatch(/title\.lb: empty/);
    expect(problems).toMatch(/costRangeCents/);
    expect(problems).toMatch(/durationMonths/);
    expect(problems).toMatch(/item green\.measurement outside its dimensionIds/);
    expect(problems).toMatch(/duplicate id/);
  });
});
