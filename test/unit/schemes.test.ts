import { describe, it, expect } from 'vitest';
import {
  CURRENT_SCHEMES_VERSION,
  COST_TYPES,
  SchemePatchError,
  applySchemeOverride,
  diffScheme,
  findScheme,
  getSchemeSet,
  listSchemeVersions,
  schemeVariants,
  validateScheme,
  type Scheme,
  type SchemePatch,
} from '@shared/reference/schemes';
import { LOCALES } from '@shared/locale';
import { SIZE_CLASSES } from '@shared/domain/sme-size';

// The 2026.1 block pins its version: old scenarios keep computing with it, so it must not move.
const set = getSchemeSet('2026.1')!;
const scheme = (id: string): Scheme => {
  const s = findScheme(id, '2026.1');
  if (!s) throw new Error(`no scheme ${id}`);
  return s;
};
const EUR = 100;

describe('scheme set 2026.1', () => {
  it('stays as shipped, checked on 2026-11-25, next to the current 2026.2', () => {
    expect(CURRENT_SCHEMES_VERSION).toBe('2026.2');
    expect(listSchemeVersions()).toEqual(['2026.1', '2026.2']);
    expect(set.version).toBe('2026.1');
    expect(set.validUntil).toBe('2026-12-31');
    expect(set.checkedOn).toBe('2026-11-25');
    for (const s of set.schemes) expect(s.lastChecked, s.id).toBe('2026-11-25');
  });

  it('ships every scheme of domain.md §3', () => {
    expect(set.schemes.map((s) => s.id).sort()).toEqual([
      'cashback-compute-80',
      'eurohpc-aif-fast-lane',
      'eurohpc-aif-large-scale',
      'eurohpc-aif-playground',
      'fit4ai',
      'fit4ai-guichet',
      'fit4digital',
      'fit4innovation',
      'rdi-experimental-development',
      'rdi-innovation-advisory',
      'rdi-process-innovation',
      'sme-package-ai',
      'spin-off-aid',
    ]);
  });

  it('passes validation, with unique ids and variants pointing at shipped schemes', () => {
    const ids = new Set(set.schemes.map((s) => s.id));
    expect(ids.size).toBe(set.schemes.length);
    for (const s of set.schemes) {
      expect(validateScheme(s), s.id).toEqual([]);
      expect(s.revision).toBe(1);
      if (s.variantOf) expect(ids.has(s.variantOf), s.id).toBe(true);
    }
  });

  it('has real translations: no language is a copy of another', () => {
    for (const s of set.schemes) {
      const descriptions = LOCALES.map((l) => s.description[l]);
      expect(new Set(descriptions).size, `${s.id} description`).toBe(4);
      for (const l of LOCALES) expect(s.name[l].trim().length).toBeGreaterThan(0);
    }
    expect(scheme('fit4ai').description.lb).toContain('Betrib');
    expect(scheme('fit4ai').description.fr).toContain('50 000 €');
    expect(scheme('fit4ai').description.de).toContain('50.000 €');
  });

  it('cites https sources on official or primary sites', () => {
    const allowed = /^https:\/\/(www\.)?(guichet\.public\.lu|luxinnovation\.lu|eur-lex\.europa\.eu|legilux\.public\.lu|eurohpc-ju\.europa\.eu|aifactory\.lu|meco\.gouvernement\.lu)\//;
    for (const s of set.schemes) {
      for (const src of [s.source, ...(s.extraSources ?? [])]) expect(src.url ?? '', s.id).toMatch(allowed);
    }
    expect(scheme('sme-package-ai').extraSources!.some((s) => s.url?.includes('eur-lex.europa.eu/eli/reg/2023/2831'))).toBe(true);
    expect(scheme('fit4ai').extraSources!.some((s) => s.url?.includes('eur-lex.europa.eu/eli/reco/2003/361'))).toBe(true);
    expect(scheme('rdi-experimental-development').extraSources!.some((s) => s.url?.includes('eur-lex.europa.eu/eli/reg/2014/651'))).toBe(true);
  });

  it('marks announcement-only figures as unconfirmed', () => {
    for (const id of ['fit4ai', 'sme-package-ai', 'cashback-compute-80', 'eurohpc-aif-fast-lane']) {
      expect(scheme(id).confirmed, id).toBe(false);
      expect(scheme(id).unconfirmedFields!.length, id).toBeGreaterThan(0);
    }
    expect(scheme('fit4ai-guichet').confirmed).toBe(true);
    expect(scheme('fit4ai-guichet').unconfirmedFields).toEqual(['intensityBySize']);
    expect(scheme('spin-off-aid').unconfirmedFields).toEqual(expect.arrayContaining(['intensityBySize', 'capCentsBySize']));
    expect(scheme('fit4digital').unconfirmedFields ?? []).toEqual([]);
  });

  it('holds the published figures', () => {
    const f4ai = scheme('fit4ai');
    expect(f4ai.eligibleCostTypes).toEqual(['diagnostic_consultancy', 'implementation_consultancy', 'technical_implementation']);
    expect(f4ai.intensityBySize).toEqual({ micro: 0.5, small: 0.5, medium: 0.5, large: null });
    expect(f4ai.capCentsBySize).toEqual({ micro: 50_000 * EUR, small: 50_000 * EUR, medium: 100_000 * EUR, large: null });
    expect(f4ai.sizeAssumptions).toEqual({ micro: 'small' });

    const guichet = scheme('fit4ai-guichet');
    expect(guichet.variantOf).toBe('fit4ai');
    expect(guichet.eligibleCostTypes).toEqual(['diagnostic_consultancy']);
    expect(guichet.capCentsBySize).toEqual({ micro: null, small: null, medium: null, large: null });

    const f4d = scheme('fit4digital');
    expect(f4d.flatGrantCents).toBe(5_000 * EUR);
    expect(f4d.flatGrantCostTypes).toEqual(['diagnostic_consultancy']);
    expect(f4d.intensityBySize.small).toBe(0.5);

    expect(scheme('fit4innovation').capCentsBySize.small).toBe(7_500 * EUR); // 50 % of €15,000

    const pkg = scheme('sme-package-ai');
    expect([pkg.flatGrantCents, pkg.minProjectCents, pkg.maxProjectCents]).toEqual([5_000 * EUR, 6_650 * EUR, 25_000 * EUR]);
    expect(pkg.countsAsDeMinimis).toBe(true);

    expect(scheme('cashback-compute-80').intensityBySize.small).toBe(0.8);
    expect(scheme('cashback-compute-80').eligibleCostTypes).toEqual(['compute']);

    const spin = scheme('spin-off-aid');
    expect(spin.intensityBySize).toEqual({ micro: 0.8, small: 0.8, medium: null, large: null });
    expect(spin.capCentsBySize.small).toBe(200_000 * EUR);

    const rdi = scheme('rdi-experimental-development');
    expect(rdi.intensityBySize).toEqual({ micro: 0.45, small: 0.45, medium: 0.35, large: 0.25 });
    expect(rdi.collaborationBonus).toEqual({ points: 0.15, maxIntensity: 0.8 });
    expect(rdi.legalBasis).toContain('GBER art. 25');

    const advisory = scheme('rdi-innovation-advisory');
    expect(advisory.intensityBySize.medium).toBe(1);
    expect(advisory.capCentsBySize.medium).toBe(220_000 * EUR);
    expect(advisory.legalBasis).toContain('GBER art. 28');
    expect(scheme('rdi-process-innovation').intensityBySize).toEqual({ micro: 0.5, small: 0.5, medium: 0.5, large: null });

    expect(scheme('eurohpc-aif-fast-lane').gpuHoursAtMost).toBe(50_000);
    expect(scheme('eurohpc-aif-large-scale').gpuHoursAbove).toBe(50_000);
    expect(scheme('eurohpc-aif-fast-lane').countsAsDeMinimis).toBe(false);
  });

  it('answers unknown versions and ids with undefined, even prototype names', () => {
    expect(getSchemeSet('2025.9')).toBeUndefined();
    expect(getSchemeSet('__proto__')).toBeUndefined();
    expect(getSchemeSet('constructor')).toBeUndefined();
    expect(findScheme('nope')).toBeUndefined();
    expect(findScheme('fit4ai', '1999.1')).toBeUndefined();
  });

  it('groups variants so the advisor picks one reading', () => {
    expect(schemeVariants('fit4ai', '2026.1').map((s) => s.id)).toEqual(['fit4ai', 'fit4ai-guichet']);
    expect(schemeVariants('fit4ai-guichet', '2026.1').map((s) => s.id)).toEqual(['fit4ai', 'fit4ai-guichet']);
    expect(schemeVariants('eurohpc-aif-playground').map((s) => s.id).sort()).toEqual([
      'eurohpc-aif-fast-lane',
      'eurohpc-aif-large-scale',
      'eurohpc-aif-playground',
    ]);
    expect(schemeVariants('fit4digital').map((s) => s.id)).toEqual(['fit4digital']);
    expect(schemeVariants('x', '0.0')).toEqual([]);
  });

  it('cannot be mutated in place', () => {
    const s = scheme('fit4ai') as unknown as { capCentsBySize: Record<string, number> };
    expect(() => {
      s.capCentsBySize.small = 1;
    }).toThrow(TypeError);
    expect(scheme('fit4ai').capCentsBySize.small).toBe(50_000 * EUR);
  });

  it('lists cost types in display order', () => {
    expect(COST_TYPES).toEqual([
      'diagnostic_consultancy',
      'implementation_consultancy',
      'technical_implementation',
      'personnel',
      'compute',
      'training',
      'other',
    ]);
  });
});

describe('validateScheme', () => {
  const base = (): Record<string, unknown> => structuredClone(scheme('fit4digital')) as unknown as Record<string, unknown>;
  const paths = (s: unknown) => validateScheme(s).map((p) => `${p.path}:${p.code}`);

  it('rejects non-objects', () => {
    expect(paths(null)).toEqual([':not_an_object']);
    expect(paths([])).toEqual([':not_an_object']);
  });

  it('catches every broken figure', () => {
    const s = base();
    s.intensityBySize = { micro: 1.2, small: -0.1, medium: Number.NaN, large: null };
    s.capCentsBySize = { micro: 1.5, small: -1, medium: 1e13, large: null };
    s.minProjectCents = 10;
    s.maxProjectCents = 5;
    s.flatGrantCostTypes = ['compute'];
    s.source = { title: 'x', url: 'http://insecure.example' };
    s.description = { ...(s.description as object), lb: '  ' };
    s.cumulation = 'whatever';
    s.extra = 1;
    expect(paths(s)).toEqual(
      expect.arrayContaining([
        'intensityBySize.micro:out_of_range',
        'intensityBySize.small:out_of_range',
        'intensityBySize.medium:out_of_range',
        'capCentsBySize.micro:invalid_cents',
        'capCentsBySize.small:invalid_cents',
        'capCentsBySize.medium:invalid_cents',
        'minProjectCents:min_above_max',
        'flatGrantCostTypes.0:not_eligible',
        'source:invalid_source',
        'description.lb:missing_text',
        'cumulation:invalid_rule',
        'extra:unknown_field',
      ]),
    );
  });

  it('requires a value for every size class', () => {
    const s = base();
    s.intensityBySize = { micro: 0.5, small: 0.5, medium: 0.5 };
    expect(paths(s)).toContain('intensityBySize.large:out_of_range');
  });
});

describe('applySchemeOverride', () => {
  const f4ai = scheme('fit4ai');

  it('builds a new revision and leaves the original alone', () => {
    const next = applySchemeOverride(f4ai, { capCentsBySize: { small: 60_000 * EUR }, intensityBySize: { medium: 0.4 } });
    expect(next.revision).toBe(2);
    expect(next.capCentsBySize).toEqual({ micro: 50_000 * EUR, small: 60_000 * EUR, medium: 100_000 * EUR, large: null });
    expect(next.intensityBySize.medium).toBe(0.4);
    expect(next.intensityBySize.small).toBe(0.5);
    expect(f4ai.capCentsBySize.small).toBe(50_000 * EUR);
    expect(f4ai.revision).toBe(1);
    expect(validateScheme(next)).toEqual([]);
    // The new revision is an ordinary object the main process can store and edit again.
    const third = applySchemeOverride(next, { confirmed: true, unconfirmedFields: null });
    expect(third.revision).toBe(3);
    expect(third.confirmed).toBe(true);
    expect('unconfirmedFields' in third).toBe(false);
  });

  it('diffs old → new field by field', () => {
    const next = applySchemeOverride(f4ai, {
      capCentsBySize: { small: 60_000 * EUR },
      name: { fr: 'Fit 4 AI (modifié)' },
      sizeAssumptions: null,
      flatGrantCents: 1_000 * EUR,
    });
    expect(diffScheme(f4ai, next)).toEqual([
      { field: 'capCentsBySize.small', old: 50_000 * EUR, new: 60_000 * EUR },
      { field: 'flatGrantCents', old: null, new: 1_000 * EUR },
      { field: 'name.fr', old: 'Fit 4 AI (tel qu’annoncé avec la L-AIF)', new: 'Fit 4 AI (modifié)' },
      { field: 'sizeAssumptions', old: { micro: 'small' }, new: null },
    ]);
  });

  it('diffs arrays whole and ignores the revision number', () => {
    const next = applySchemeOverride(f4ai, { eligibleCostTypes: ['diagnostic_consultancy'] });
    expect(diffScheme(f4ai, next)).toEqual([
      { field: 'eligibleCostTypes', old: f4ai.eligibleCostTypes, new: ['diagnostic_consultancy'] },
    ]);
    expect(diffScheme(f4ai, { ...f4ai, revision: 9 })).toEqual([]);
  });

  it('returns the same scheme when nothing changes', () => {
    expect(applySchemeOverride(f4ai, {})).toBe(f4ai);
    expect(applySchemeOverride(f4ai, { intensityBySize: { small: 0.5 } })).toBe(f4ai);
  });

  it.each<[string, unknown]>([
    ['intensity above 1', { intensityBySize: { small: 1.01 } }],
    ['negative intensity', { intensityBySize: { small: -0.5 } }],
    ['NaN intensity', { intensityBySize: { small: Number.NaN } }],
    ['fractional cap', { capCentsBySize: { small: 10.5 } }],
    ['negative cap', { capCentsBySize: { small: -100 } }],
    ['huge cap', { capCentsBySize: { small: 2e12 } }],
    ['infinite cap', { capCentsBySize: { small: Number.POSITIVE_INFINITY } }],
    ['cap as text', { capCentsBySize: { small: '5000' } }],
    ['unknown size class', { capCentsBySize: { giant: 1 } }],
    ['negative flat grant', { flatGrantCents: -1 }],
    ['unknown cost type', { eligibleCostTypes: ['lunch'] }],
    ['empty cost types', { eligibleCostTypes: [] }],
    ['unknown field', { colour: 'red' }],
    ['read-only id', { id: 'other' }],
    ['read-only revision', { revision: 7 }],
    ['bad date', { lastChecked: '25/11/2026' }],
    ['non-https source', { source: { title: 'x', url: 'javascript:alert(1)' } }],
    ['function value', { source: { title: 'x', url: 'https://x.lu', f: () => 1 } }],
    ['patch not an object', 'cap=0'],
    ['prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['prototype key in a record', JSON.parse('{"capCentsBySize": {"__proto__": 1}}')],
  ])('rejects %s', (_label, patch) => {
    let error: unknown;
    try {
      applySchemeOverride(f4ai, patch as SchemePatch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemePatchError);
    const err = error as SchemePatchError;
    expect(err.code).toBe('invalid_input');
    expect(err.problems.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(f4ai.revision).toBe(1);
  });

  it('accepts boundary values: intensity 0 and 1, cap 0', () => {
    const next = applySchemeOverride(f4ai, { intensityBySize: { small: 0, medium: 1 }, capCentsBySize: { small: 0 } });
    expect(next.intensityBySize.small).toBe(0);
    expect(next.intensityBySize.medium).toBe(1);
    expect(next.capCentsBySize.small).toBe(0);
  });

  it('keeps every size class present after any patch', () => {
    const next = applySchemeOverride(f4ai, { intensityBySize: { large: 0.2 }, capCentsBySize: { large: 10_000 * EUR } });
    expect(Object.keys(next.intensityBySize).sort()).toEqual([...SIZE_CLASSES].sort());
    expect(next.intensityBySize.large).toBe(0.2);
  });
});

describe('scheme set 2026.2 (rules rechecked on 2026-12-02)', () => {
  const v2 = getSchemeSet('2026.2')!;
  const v1 = getSchemeSet('2026.1')!;
  const s2 = (id: string): Scheme => findScheme(id, '2026.2')!;
  const s1 = (id: string): Scheme => findScheme(id, '2026.1')!;

  it('is current, valid until the GBER end date 31 Dec 2026, every scheme checked on 2026-12-02', () => {
    expect(CURRENT_SCHEMES_VERSION).toBe('2026.2');
    expect(getSchemeSet()).toBe(v2);
    expect(v2).toMatchObject({ version: '2026.2', checkedOn: '2026-12-02', validUntil: '2026-12-31' });
    for (const s of v2.schemes) {
      expect(s.lastChecked, s.id).toBe('2026-12-02');
      expect(validateScheme(s), s.id).toEqual([]);
      if (s.variantOf) expect(v2.schemes.some((x) => x.id === s.variantOf), s.id).toBe(true);
    }
    // Same ids as 2026.1, so a scenario recomputed with the new rules keeps its selection.
    expect(v2.schemes.map((s) => s.id).sort()).toEqual(v1.schemes.map((s) => s.id).sort());
  });

  it('makes the confirmed Fit 4 AI scope the default reading, the announcement a labelled variant', () => {
    const group = schemeVariants('fit4ai');
    expect(group.map((s) => s.id)).toEqual(['fit4ai-guichet', 'fit4ai']); // first = default
    expect(schemeVariants('fit4ai-guichet').map((s) => s.id)).toEqual(['fit4ai-guichet', 'fit4ai']);
    const confirmed = s2('fit4ai-guichet');
    expect(confirmed.variantOf).toBeUndefined();
    expect(confirmed).toMatchObject({ confirmed: true, eligibleCostTypes: ['diagnostic_consultancy'], unconfirmedFields: ['intensityBySize'] });
    expect(confirmed.intensityBySize).toEqual({ micro: 0.5, small: 0.5, medium: 0.5, large: null });
    expect(confirmed.capCentsBySize).toEqual({ micro: null, small: null, medium: null, large: null });
    expect(confirmed.source.url).toContain('guichet.public.lu');

    const announced = s2('fit4ai');
    expect(announced.variantOf).toBe('fit4ai-guichet');
    expect(announced.confirmed).toBe(false);
    // Its figures come from the announcement itself, not from the launch page (which does not state them).
    expect(announced.source.title).toMatch(/announcement of 10 December 2025/);
    expect(announced.source.url).toBeUndefined();
    expect(announced.extraSources!.find((x) => x.url?.includes('aifactory.lu'))!.title).toMatch(/does not state/);
    expect(announced.name.en).toMatch(/as announced.*unconfirmed/);
    expect(announced.name.fr).toMatch(/non confirmé/);
    expect(announced.name.de).toMatch(/unbestätigt/);
    expect(announced.name.lb).toMatch(/net confirméiert/);
    // The note: implementation costs are not consultancy under GBER art. 18.
    expect(announced.description.en).toMatch(/not consultancy under GBER art\. 18/);
    expect(announced.description.fr).toMatch(/art\. 18 du RGEC/);
    expect(announced.description.de).toMatch(/Art\. 18 AGVO/);
    expect(announced.description.lb).toMatch(/Art\. 18 AGVO/);
    expect(announced.legalBasis).toMatch(/consultancy only/);
    // Figures unchanged from 2026.1: 50 %, €50,000 small, €100,000 medium.
    expect(announced.intensityBySize).toEqual(s1('fit4ai').intensityBySize);
    expect(announced.capCentsBySize).toEqual({ micro: 50_000 * EUR, small: 50_000 * EUR, medium: 100_000 * EUR, large: null });
  });

  it('cites the RDI law of 6 June 2025 everywhere, never the repealed law of 17 May 2017 as a basis', () => {
    for (const id of ['fit4innovation', 'rdi-experimental-development', 'rdi-innovation-advisory', 'rdi-process-innovation']) {
      const s = s2(id);
      expect(s.legalBasis, id).toMatch(/6 June 2025/);
      expect(s.legalBasis.replace('which replaced the law of 17 May 2017', ''), id).not.toMatch(/17 May 2017/);
      for (const src of [s.source, ...(s.extraSources ?? [])]) expect(src.url ?? '', id).not.toMatch(/loi\/2017\/05\/17/);
    }
    expect(s2('rdi-process-innovation').legalBasis).toMatch(/^GBER art\. 29/);
    expect(s2('rdi-experimental-development').description.en).toMatch(/law of 6 June 2025.*replaced the law of 17 May 2017/);
    expect(s2('rdi-experimental-development').description.fr).toMatch(/loi du 6 juin 2025/);
    expect(s2('rdi-experimental-development').description.de).toMatch(/Gesetz vom 6\. Juni 2025/);
    expect(s2('rdi-experimental-development').description.lb).toMatch(/Gesetz vum 6\. Juni 2025/);
  });

  it('takes implementation work out of innovation advisory services and drops the unmodelled "beyond €220,000, 50 %"', () => {
    const a = s2('rdi-innovation-advisory');
    expect(a.eligibleCostTypes).toEqual(['diagnostic_consultancy', 'training', 'compute']);
    expect(s1('rdi-innovation-advisory').eligibleCostTypes).toContain('implementation_consultancy'); // 2026.1 untouched
    expect(a.capCentsBySize.small).toBe(220_000 * EUR);
    expect(a.description.en).not.toMatch(/beyond that 50/);
    expect(a.description.fr).not.toMatch(/au-delà 50/);
    expect(a.description.en).toMatch(/Implementation work is not an advisory service/);
  });

  it('changes nothing else: every other figure equals 2026.1', () => {
    // Fields each scheme may differ in; anything outside this list is an unintended change.
    const textual = ['lastChecked', 'legalBasis', 'extraSources', 'name', 'description', 'source'];
    const allowed: Record<string, string[]> = {
      'fit4ai-guichet': [...textual, 'variantOf'],
      fit4ai: [...textual, 'variantOf'],
      'rdi-innovation-advisory': [...textual, 'eligibleCostTypes'],
    };
    for (const s of v2.schemes) {
      const changed = new Set(diffScheme(s1(s.id), s).map((c) => c.field.split('.')[0]));
      for (const field of changed) expect(allowed[s.id] ?? textual, `${s.id}.${field}`).toContain(field);
    }
  });
});
