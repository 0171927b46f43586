import { describe, it, expect } from 'vitest';
import { LOCALES, type LocalizedText } from '../../shared/locale';
import { AppError } from '../../shared/errors';
import {
  CURRENT_INSTRUMENT_VERSION,
  DIMENSION_IDS,
  findItem,
  getInstrument,
  itemsOfDimension,
  listInstrumentVersions,
  type Instrument,
} from '../../shared/reference/instrument';

const EXPECTED_ITEM_IDS = [
  'strategy.vision', 'strategy.use_cases', 'strategy.business_case', 'strategy.budget', 'strategy.leadership',
  'foundations.systems', 'foundations.cloud', 'foundations.cybersecurity', 'foundations.integration',
  'people.literacy', 'people.skills', 'people.change', 'people.training', 'people.partners',
  'data.inventory', 'data.quality', 'data.governance', 'data.access',
  'ai_use.genai', 'ai_use.pilots', 'ai_use.automation', 'ai_use.mlops', 'ai_use.compute',
  'responsible.ai_act', 'responsible.gdpr', 'responsible.oversight', 'responsible.policy', 'responsible.fairness',
  'green.measurement', 'green.efficiency', 'green.use_cases', 'green.procurement',
];

const instrument = getInstrument('2026.1');

/** Every LocalizedText of the instrument with a readable path, for the language checks. */
function allTexts(inst: Instrument): Array<[string, LocalizedText]> {
  const out: Array<[string, LocalizedText]> = [];
  for (const s of inst.sources) out.push([`source ${s.id}.usedFor`, s.usedFor]);
  for (const d of inst.dimensions) {
    out.push([`dimension ${d.id}.title`, d.title], [`dimension ${d.id}.description`, d.description]);
  }
  for (const item of inst.items) {
    out.push([`${item.id}.question`, item.question], [`${item.id}.help`, item.help]);
    if (item.format.kind === 'scale') {
      item.format.levels.forEach((l, i) => out.push([`${item.id}.level${i}`, l]));
    } else {
      for (const o of item.format.options) out.push([`${item.id}.option.${o.id}`, o.label]);
    }
  }
  return out;
}

describe('instrument 2026.1: structure', () => {
  it('has version 2026.1, a valid ISO publication date and the DMA / MITRE / ALTAI sources', () => {
    expect(instrument.version).toBe('2026.1');
    expect(instrument.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${instrument.publishedAt}T00:00:00Z`).toISOString().slice(0, 10)).toBe(instrument.publishedAt);
    const ids = instrument.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['dma', 'mitre', 'altai']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of instrument.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.title.trim()).not.toBe('');
      expect(Number.isInteger(s.year)).toBe(true);
    }
  });

  it('has exactly the seven dimensions, in order, with unique orders', () => {
    expect([...instrument.dimensions].sort((a, b) => a.order - b.order).map((d) => d.id)).toEqual([
      'strategy', 'foundations', 'people', 'data', 'ai_use', 'responsible', 'green',
    ]);
    expect(instrument.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    const orders = instrument.dimensions.map((d) => d.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('has exactly the expected item ids, unique, grouped by dimension in dimension order', () => {
    const ids = instrument.items.map((i) => i.id);
    expect(ids).toEqual(EXPECTED_ITEM_IDS);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every dimension 4–5 items and every item a dimension matching its id prefix', () => {
    const dimensionIds = new Set<string>(instrument.dimensions.map((d) => d.id));
    for (const item of instrument.items) {
      expect(dimensionIds.has(item.dimensionId)).toBe(true);
      expect(item.id.startsWith(`${item.dimensionId}.`)).toBe(true);
    }
    for (const d of instrument.dimensions) {
      const n = itemsOfDimension(instrument, d.id).length;
      expect(n, d.id).toBeGreaterThanOrEqual(4);
      expect(n, d.id).toBeLessThanOrEqual(5);
    }
  });

  it('gives every item a positive finite weight', () => {
    for (const item of instrument.items) {
      expect(Number.isFinite(item.weight), item.id).toBe(true);
      expect(item.weight, item.id).toBeGreaterThan(0);
    }
  });

  it('has six distinct levels on every scale', () => {
    const scales = instrument.items.filter((i) => i.format.kind === 'scale');
    expect(scales.length).toBeGreaterThanOrEqual(24);
    for (const item of scales) {
      if (item.format.kind !== 'scale') continue;
      expect(item.format.levels, item.id).toHaveLength(6);
      for (const lng of LOCALES) {
        const texts = item.format.levels.map((l) => l[lng]);
        expect(new Set(texts).size, `${item.id} ${lng}`).toBe(6);
      }
    }
  });

  it('uses checklists for the four listed items, with unique option ids and positive weights', () => {
    const checklists = instrument.items.filter((i) => i.format.kind === 'checklist').map((i) => i.id);
    expect(checklists.sort()).toEqual(
      ['ai_use.genai', 'foundations.cybersecurity', 'green.measurement', 'responsible.gdpr'].sort(),
    );
    for (const item of instrument.items) {
      if (item.format.kind !== 'checklist') continue;
      const ids = item.format.options.map((o) => o.id);
      expect(ids.length, item.id).toBeGreaterThanOrEqual(4);
      expect(new Set(ids).size, item.id).toBe(ids.length);
      for (const o of item.format.options) {
        expect(o.id).toMatch(/^[a-z][a-z0-9_]*$/);
        if (o.weight !== undefined) {
          expect(Number.isFinite(o.weight) && o.weight > 0, `${item.id}.${o.id}`).toBe(true);
        }
      }
    }
  });

  it('cites only sources that the instrument lists', () => {
    const known = new Set(instrument.sources.map((s) => s.id));
    for (const item of instrument.items) {
      for (const id of item.sourceIds ?? []) expect(known.has(id), `${item.id} → ${id}`).toBe(true);
    }
  });

  it('stays about a 45-minute workshop (28–35 items)', () => {
    expect(instrument.items.length).toBeGreaterThanOrEqual(28);
    expect(instrument.items.length).toBeLessThanOrEqual(35);
  });
});

describe('instrument 2026.1: languages', () => {
  const texts = allTexts(instrument);

  it('walks every text (sanity of the walker itself)', () => {
    // 7 dimensions × 2 + 32 items × 2 + 28 scales × 6 + 30 options + 5 sources
    expect(texts.length).toBeGreaterThan(250);
  });

  it('fills every text in all four languages, trimmed, without placeholders', () => {
    for (const [path, text] of texts) {
      expect(Object.keys(text).sort(), path).toEqual([...LOCALES].sort());
      for (const lng of LOCALES) {
        const value = text[lng];
        expect(typeof value, `${path} ${lng}`).toBe('string');
        expect(value.trim().length, `${path} ${lng}`).toBeGreaterThan(1);
        expect(value, `${path} ${lng}`).toBe(value.trim());
        expect(value, `${path} ${lng}`).not.toMatch(/TODO|TBD|XXX|@@|\{\{|\}\}/);
      }
    }
  });

  it('really translates: fr, de and lb never equal the English text', () => {
    for (const [path, text] of texts) {
      for (const lng of ['fr', 'de', 'lb'] as const) {
        expect(text[lng], `${path} ${lng}`).not.toBe(text.en);
      }
    }
  });

  it('keeps the glossary terms apart: "IA" in French, "KI" in German and Luxembourgish', () => {
    for (const [path, text] of texts) {
      expect(text.fr, `${path} fr`).not.toMatch(/\bKI\b/);
      expect(text.de, `${path} de`).not.toMatch(/\bIA\b/);
      expect(text.lb, `${path} lb`).not.toMatch(/\bIA\b/);
      // Luxembourgish (2019 orthography) and French have no ß.
      expect(text.lb, `${path} lb`).not.toContain('ß');
      expect(text.fr, `${path} fr`).not.toContain('ß');
    }
  });

  it('asks every question as a question in every language', () => {
    for (const item of instrument.items) {
      for (const lng of LOCALES) expect(item.question[lng], `${item.id} ${lng}`).toMatch(/\?$/);
    }
  });
});

describe('instrument registry', () => {
  it('resolves the current version and lists it', () => {
    expect(CURRENT_INSTRUMENT_VERSION).toBe('2026.1');
    expect(listInstrumentVersions()).toContain(CURRENT_INSTRUMENT_VERSION);
    expect(getInstrument(CURRENT_INSTRUMENT_VERSION)).toBe(instrument);
  });

  it('throws a clear not_found error on an unknown version', () => {
    expect(() => getInstrument('1999.1')).toThrow(/Unknown instrument version "1999\.1".*2026\.1/);
    try {
      getInstrument('2026.2');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('not_found');
      expect((e as AppError).details).toMatchObject({ version: '2026.2' });
    }
  });

  it('does not resolve empty or prototype keys as versions', () => {
    for (const v of ['', ' 2026.1', '2026.1 ', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(() => getInstrument(v), JSON.stringify(v)).toThrow(AppError);
    }
  });

  it('finds items and lists items of a dimension in asking order', () => {
    expect(itemsOfDimension(instrument, 'strategy').map((i) => i.id)).toEqual(EXPECTED_ITEM_IDS.slice(0, 5));
    expect(itemsOfDimension(instrument, 'green').map((i) => i.id)).toEqual(EXPECTED_ITEM_IDS.slice(-4));
    expect(findItem(instrument, 'data.quality')?.dimensionId).toBe('data');
    expect(findItem(instrument, 'data.nope')).toBeUndefined();
    expect(findItem(instrument, '')).toBeUndefined();
  });
});
