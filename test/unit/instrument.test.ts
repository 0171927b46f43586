import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { LOCALES, type LocalizedText } from '@shared/locale';
import { canonicalJson } from '@shared/domain/canonical-json';
import { AppError } from '@shared/errors';
import {
  CURRENT_INSTRUMENT_VERSION,
  DIMENSION_IDS,
  findItem,
  getInstrument,
  itemsOfDimension,
  listInstrumentVersions,
  type Instrument,
} from '@shared/reference/instrument';

const EXPECTED_ITEM_IDS_2026_1 = [
  'strategy.vision', 'strategy.use_cases', 'strategy.business_case', 'strategy.budget', 'strategy.leadership',
  'foundations.systems', 'foundations.cloud', 'foundations.cybersecurity', 'foundations.integration',
  'people.literacy', 'people.skills', 'people.change', 'people.training', 'people.partners',
  'data.inventory', 'data.quality', 'data.governance', 'data.access',
  'ai_use.genai', 'ai_use.pilots', 'ai_use.automation', 'ai_use.mlops', 'ai_use.compute',
  'responsible.ai_act', 'responsible.gdpr', 'responsible.oversight', 'responsible.policy', 'responsible.fairness',
  'green.measurement', 'green.efficiency', 'green.use_cases', 'green.procurement',
];

const EXPECTED_ITEM_IDS_2026_2 = [
  'strategy.vision', 'strategy.use_cases', 'strategy.ai_offer', 'strategy.business_case', 'strategy.benefits', 'strategy.budget', 'strategy.leadership',
  'foundations.systems', 'foundations.cloud', 'foundations.cybersecurity', 'foundations.ai_security', 'foundations.integration',
  'people.literacy', 'people.skills', 'people.change', 'people.training', 'people.partners',
  'data.inventory', 'data.quality', 'data.governance', 'data.access',
  'ai_use.genai_use', 'ai_use.genai_controls', 'ai_use.pilots', 'ai_use.automation', 'ai_use.mlops', 'ai_use.compute',
  'responsible.ai_act', 'responsible.gdpr', 'responsible.vendors', 'responsible.oversight', 'responsible.policy', 'responsible.ip_output', 'responsible.fairness',
  'green.measurement', 'green.efficiency', 'green.use_cases', 'green.procurement',
];

/** What differs between versions; everything else is checked identically for each. */
const VERSIONS = [
  {
    version: '2026.1',
    itemIds: EXPECTED_ITEM_IDS_2026_1,
    perDimension: [4, 5],
    items: [28, 35],
    checklists: ['ai_use.genai', 'foundations.cybersecurity', 'green.measurement', 'responsible.gdpr'],
  },
  {
    version: '2026.2',
    itemIds: EXPECTED_ITEM_IDS_2026_2,
    perDimension: [4, 7],
    items: [36, 40],
    checklists: ['ai_use.genai_use', 'ai_use.genai_controls', 'foundations.ai_security', 'foundations.cybersecurity', 'green.measurement', 'responsible.gdpr'],
  },
] as const;

const instrument = getInstrument('2026.1');
const instrument2 = getInstrument('2026.2');

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

describe.each(VERSIONS)('instrument $version: structure', ({ version, itemIds, perDimension, items, checklists }) => {
  const instrument = getInstrument(version);

  it('has its version, a valid ISO publication date and the DMA / MITRE / ALTAI sources', () => {
    expect(instrument.version).toBe(version);
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
    expect(ids).toEqual(itemIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every dimension its range of items and every item a dimension matching its id prefix', () => {
    const dimensionIds = new Set<string>(instrument.dimensions.map((d) => d.id));
    for (const item of instrument.items) {
      expect(dimensionIds.has(item.dimensionId)).toBe(true);
      expect(item.id.startsWith(`${item.dimensionId}.`)).toBe(true);
    }
    for (const d of instrument.dimensions) {
      const n = itemsOfDimension(instrument, d.id).length;
      expect(n, d.id).toBeGreaterThanOrEqual(perDimension[0]);
      expect(n, d.id).toBeLessThanOrEqual(perDimension[1]);
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

  it('uses checklists for the listed items, with unique option ids and positive weights', () => {
    const found = instrument.items.filter((i) => i.format.kind === 'checklist').map((i) => i.id);
    expect(found.sort()).toEqual([...checklists].sort());
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

  it('stays a workshop of under an hour (item count within its range)', () => {
    expect(instrument.items.length).toBeGreaterThanOrEqual(items[0]);
    expect(instrument.items.length).toBeLessThanOrEqual(items[1]);
  });
});

describe.each(VERSIONS)('instrument $version: languages', ({ version }) => {
  const instrument = getInstrument(version);
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
    expect(CURRENT_INSTRUMENT_VERSION).toBe('2026.2');
    expect(listInstrumentVersions()).toEqual(['2026.1', '2026.2']);
    expect(getInstrument(CURRENT_INSTRUMENT_VERSION)).toBe(instrument2);
    // Stored checks of the earlier version are still read with it.
    expect(getInstrument('2026.1')).toBe(instrument);
  });

  it('throws a clear not_found error on an unknown version', () => {
    expect(() => getInstrument('1999.1')).toThrow(/Unknown instrument version "1999\.1".*2026\.1/);
    try {
      getInstrument('2026.3');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('not_found');
      expect((e as AppError).details).toMatchObject({ version: '2026.3' });
    }
  });

  it('does not resolve empty or prototype keys as versions', () => {
    for (const v of ['', ' 2026.1', '2026.1 ', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(() => getInstrument(v), JSON.stringify(v)).toThrow(AppError);
    }
  });

  it('finds items and lists items of a dimension in asking order', () => {
    expect(itemsOfDimension(instrument, 'strategy').map((i) => i.id)).toEqual(EXPECTED_ITEM_IDS_2026_1.slice(0, 5));
    expect(itemsOfDimension(instrument, 'green').map((i) => i.id)).toEqual(EXPECTED_ITEM_IDS_2026_1.slice(-4));
    expect(itemsOfDimension(instrument2, 'strategy').map((i) => i.id)).toEqual(EXPECTED_ITEM_IDS_2026_2.slice(0, 7));
    expect(findItem(instrument, 'data.quality')?.dimensionId).toBe('data');
    expect(findItem(instrument, 'data.nope')).toBeUndefined();
    expect(findItem(instrument, '')).toBeUndefined();
  });
});

/** Option ids of a checklist item (empty for a scale). */
function optionIds(inst: Instrument, itemId: string): string[] {
  const item = findItem(inst, itemId);
  return item?.format.kind === 'checklist' ? item.format.options.map((o) => o.id) : [];
}

describe('instrument 2026.1 stays as published', () => {
  it('has the same content as when it shipped (stored checks are re-scored with it)', () => {
    // If this fails, 2026.1 was edited: put the change into a new version instead.
    const hash = createHash('sha256').update(canonicalJson(instrument)).digest('hex');
    expect(hash).toBe('0390095f8299745c40827941caf1d0d3097cf9f33112d4a6a215b339dd471218');
  });

  it('states no answer rule (it was published without one)', () => {
    expect(instrument.answerRules).toBeUndefined();
  });
});

describe('instrument 2026.2: what changed and why', () => {
  it('asks the rules on data entered into AI tools once, in the AI policy', () => {
    // 2026.1 counted them three times: genai option, GDPR option, policy levels.
    expect(optionIds(instrument, 'ai_use.genai')).toContain('data_rules');
    expect(optionIds(instrument, 'responsible.gdpr')).toContain('ai_inputs');
    const allOptions = instrument2.items.flatMap((i) => (i.format.kind === 'checklist' ? i.format.options.map((o) => `${i.id}.${o.id}`) : []));
    expect(allOptions.filter((o) => /data_rules|ai_inputs/.test(o))).toEqual([]);
    const policy = findItem(instrument2, 'responsible.policy');
    expect(policy?.format.kind === 'scale' && policy.format.levels[3].en).toMatch(/forbidden data/);
    // No other item's text mentions which data may be entered into AI tools.
    const others = allTexts({ ...instrument2, items: instrument2.items.filter((i) => i.id !== 'responsible.policy') });
    for (const [path, text] of others) expect(text.en, path).not.toMatch(/data (may|must not) be entered|which data may/i);
  });

  it('splits generative AI into breadth of use and safe-use controls', () => {
    expect(findItem(instrument2, 'ai_use.genai')).toBeUndefined();
    expect(optionIds(instrument2, 'ai_use.genai_use')).toEqual(['writing', 'summaries', 'customers', 'code', 'images', 'internal_docs']);
    expect(optionIds(instrument2, 'ai_use.genai_controls')).toEqual(['business_accounts', 'no_training', 'central_accounts', 'retention', 'usage_review']);
  });

  it('adds the items an advisor expects, in four languages', () => {
    const added = instrument2.items.filter((i) => !findItem(instrument, i.id)).map((i) => i.id);
    expect(added.sort()).toEqual(
      ['ai_use.genai_controls', 'ai_use.genai_use', 'foundations.ai_security', 'responsible.ip_output', 'responsible.vendors', 'strategy.ai_offer', 'strategy.benefits'].sort(),
    );
    const vendors = findItem(instrument2, 'responsible.vendors');
    const vendorText = vendors?.format.kind === 'scale' ? vendors.format.levels[3].en : '';
    for (const topic of [/data location/, /data processing agreement/, /provider or deployer/, /get the data back/]) expect(vendorText).toMatch(topic);
    expect(optionIds(instrument2, 'foundations.ai_security')).toEqual(expect.arrayContaining(['access_cleanup', 'prompt_injection', 'leakage']));
  });

  it('counts measured benefits once, in strategy.benefits', () => {
    const mentions = allTexts(instrument2).filter(([, t]) => /measured benefits|savings are measured|time savings are measured/i.test(t.en));
    expect(mentions.map(([path]) => path.split('.level')[0])).toEqual(['strategy.benefits']);
    // 2026.1 measured them in three items.
    const old = allTexts(instrument).filter(([, t]) => /measured benefits|savings are measured|time savings are measured/i.test(t.en));
    expect(new Set(old.map(([path]) => path.split('.level')[0]))).toEqual(new Set(['strategy.business_case', 'ai_use.pilots', 'ai_use.automation']));
    const benefits = findItem(instrument2, 'strategy.benefits');
    expect(benefits?.format.kind === 'scale' && benefits.format.levels[3].en).toMatch(/before and after launch/);
  });

  it('reuses unchanged 2026.1 items as they are, and changes only the reworded ones', () => {
    const reworded = ['strategy.business_case', 'people.literacy', 'ai_use.pilots', 'ai_use.automation', 'responsible.gdpr'];
    for (const item of instrument2.items) {
      const old = findItem(instrument, item.id);
      if (!old) continue;
      if (reworded.includes(item.id)) {
        expect(item, item.id).not.toBe(old);
        expect(item.question, item.id).toEqual(old.question);
        expect(item.weight, item.id).toBe(old.weight);
      } else {
        expect(item, item.id).toBe(old);
      }
    }
  });

  it('words AI literacy as amended by the Digital Omnibus: measures to support it', () => {
    const literacy = findItem(instrument2, 'people.literacy');
    expect(literacy?.help.en).toMatch(/take measures to support the AI literacy/);
    expect(literacy?.help.en).toMatch(/Digital Omnibus on AI/);
    expect(literacy?.help.fr).toMatch(/prennent des mesures pour soutenir/);
    expect(literacy?.help.de).toMatch(/Maßnahmen zur Förderung der KI-Kompetenz/);
    expect(literacy?.help.lb).toMatch(/Moossnamen/);
    // No regulation number is cited for the Omnibus (the Official Journal numbering is not confirmed).
    for (const [path, text] of allTexts(instrument2)) {
      for (const lng of LOCALES) expect(text[lng], `${path} ${lng}`).not.toMatch(/20(25|26)\/\d{3,4}/);
    }
  });

  it('states the rule for picking an answer in the presenter help, in four languages', () => {
    const rules = instrument2.answerRules;
    expect(rules?.scale.en).toMatch(/^Pick the highest level where every statement is true/);
    expect(rules?.scale.fr).toMatch(/niveau le plus élevé dont toutes les affirmations sont vraies/);
    expect(rules?.scale.de).toMatch(/höchste Stufe, bei der heute jede Aussage zutrifft/);
    expect(rules?.scale.lb).toMatch(/héchsten Niveau, bei deem haut all Aussoe stëmmt/);
    // The checklist rule names the screen's own "none of these" answer.
    for (const lng of LOCALES) {
      const none = (JSON.parse(readFileSync(`locales/${lng}/assessment.json`, 'utf8')) as { presenter: { noneInPlace: string } }).presenter.noneInPlace;
      expect(rules?.checklist[lng], lng).toContain(none);
    }
    for (const text of [rules?.scale, rules?.checklist]) {
      for (const lng of LOCALES) expect(text?.[lng]?.trim(), lng).toBeTruthy();
      for (const lng of ['fr', 'de', 'lb'] as const) expect(text?.[lng]).not.toBe(text?.en);
    }
  });
});
