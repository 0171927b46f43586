/**
 * The sentences behind every funding figure: each rule the engine can produce reads as a full
 * sentence in the four languages (no missing key, no placeholder left), with the figures formatted.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { computeScenario, type CostLine, type Rule } from '@shared/domain/funding';
import { applySchemeOverride, findScheme, type Scheme } from '@shared/reference/schemes';
import { LOCALES, type Locale } from '@shared/locale';
import { changeSentence, fieldLabel, fieldValue, ruleSentence, schemeNameLookup } from '@renderer/features/funding/funding-text';

const EUR = 100;
const load = (lng: string, ns: string) => JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8'));

async function translator(lng: Locale): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: false,
    ns: ['funding', 'clients', 'common'],
    defaultNS: 'funding',
    interpolation: { escapeValue: false },
    // A placeholder the code does not fill must fail the test, not vanish.
    missingInterpolationHandler: (_text: string, value: string[]) => `⟪missing ${value[1]}⟫`,
    resources: { [lng]: { funding: load(lng, 'funding'), clients: load(lng, 'clients'), common: load(lng, 'common') } },
  });
  return instance.t;
}

const S = (id: string) => findScheme(id)!;
const line = (id: string, type: CostLine['type'], amountCents: number, extra: Partial<CostLine> = {}): CostLine => ({ id, type, label: id, amountCents, ...extra });

/** Scenarios chosen so that together they produce every rule code at every level it appears. */
function everyRule(): { rules: Array<{ rule: Rule; level: 'line' | 'scheme' | 'warning' }>; schemes: Scheme[] } {
  const out: Array<{ rule: Rule; level: 'line' | 'scheme' | 'warning' }> = [];
  const schemes: Scheme[] = [];
  const run = (input: Parameters<typeof computeScenario>[0]) => {
    schemes.push(...input.schemes);
    const r = computeScenario(input);
    for (const p of r.perScheme) for (const rule of p.rules) out.push({ rule, level: 'scheme' });
    for (const l of r.perLine) for (const rule of l.rules) out.push({ rule, level: 'line' });
    for (const rule of r.warnings) out.push({ rule, level: 'warning' });
  };
  // Caps, cumulation, flat grant, compute priced, de minimis cut, micro assumed as small.
  run({
    sizeClass: 'micro',
    costLines: [
      line('d', 'diagnostic_consultancy', 20_000 * EUR),
      line('i', 'technical_implementation', 150_000 * EUR),
      line('c', 'compute', 0, { gpuHours: 200_000, pricePerGpuHourCents: 250 }),
      line('o', 'other', 1_000 * EUR),
    ],
    schemes: [S('fit4ai'), S('fit4digital'), S('rdi-innovation-advisory'), S('cashback-compute-80'), S('eurohpc-aif-fast-lane'), S('sme-package-ai')],
    priorDeMinimisCents: 290_000 * EUR,
  });
  // Not open to the size; collaboration bonus. Then: project below the SME package minimum, GPU-hours below Large Scale's.
  run({
    sizeClass: 'large',
    costLines: [line('p', 'personnel', 100_000 * EUR), line('c', 'compute', 1_000 * EUR, { gpuHours: 100 })],
    schemes: [S('fit4ai'), S('rdi-experimental-development')],
    priorDeMinimisCents: 0,
    options: { collaboration: true },
  });
  run({
    sizeClass: 'small',
    costLines: [line('i', 'implementation_consultancy', 1_000 * EUR), line('c', 'compute', 1_000 * EUR, { gpuHours: 100 })],
    schemes: [S('sme-package-ai'), S('fit4innovation'), S('eurohpc-aif-large-scale')],
    priorDeMinimisCents: 0,
  });
  run({
    sizeClass: null,
    missingSizeFigures: ['turnover', 'balanceSheet'],
    costLines: [line('d', 'diagnostic_consultancy', 100)],
    schemes: [S('fit4ai')],
    priorDeMinimisCents: 0,
    validity: { validUntil: '2026-12-31', today: '2027-01-04' },
  });
  return { rules: out, schemes };
}

describe('funding rule sentences', () => {
  const { rules, schemes } = everyRule();

  it('the scenarios above cover every rule code the engine has', () => {
    const codes = new Set(rules.map((r) => r.rule.code));
    expect([...codes].sort()).toEqual(
      [
        'capped', 'collaboration_bonus', 'compute_priced', 'cumulation_limit', 'de_minimis_headroom', 'flat_grant', 'gpu_hours_above_max',
        'gpu_hours_below_min', 'intensity', 'not_eligible_cost_type', 'not_eligible_size', 'project_above_max', 'project_below_min', 'rules_expired',
        'size_assumption', 'size_unknown', 'unconfirmed',
      ].sort(),
    );
  });

  for (const lng of LOCALES) {
    it(`${lng}: every rule reads as a sentence with its figures`, async () => {
      const t = await translator(lng);
      const ctx = { t, locale: lng, schemeName: schemeNameLookup(schemes, lng, t) };
      for (const { rule, level } of rules) {
        const text = ruleSentence(rule, level, ctx);
        expect(text, `${level} ${rule.code}`).not.toMatch(/\{\{|\}\}|⟪missing|rule\.|undefined|NaN/);
        // A figure the rule lacks is formatted as "—"; dashes between clauses are followed by a word.
        expect(text.replace(/ [—–] (?=[\p{L}\p{N}€])/gu, ' '), `${level} ${rule.code}`).not.toContain('—');
        expect(text.length, `${level} ${rule.code}`).toBeGreaterThan(10);
      }
    });
  }

  it('says "capped at €50,000: Fit 4 AI, small enterprise" in each language, figures formatted for it', async () => {
    const r = computeScenario({ sizeClass: 'small', costLines: [line('i', 'technical_implementation', 150_000 * EUR)], schemes: [S('fit4ai')], priorDeMinimisCents: 0 });
    const capped = r.perScheme[0].rules.find((x) => x.code === 'capped')!;
    const expected: Record<Locale, RegExp> = {
      en: /^Capped at €50,000: Fit 4 AI – as announced with the L-AIF \(unconfirmed\), small enterprise \(€75,000 before the cap\)$/,
      fr: /^Aide plafonnée à 50\.000\s€ : Fit 4 AI – tel qu’annoncé avec la L-AIF \(non confirmé\), petite entreprise \(75\.000\s€ avant plafond\)$/,
      de: /^Gedeckelt auf 50\.000\s€: Fit 4 AI – wie mit der L-AIF angekündigt \(unbestätigt\), kleines Unternehmen \(75\.000\s€ vor der Deckelung\)$/,
      lb: /^Plafonéiert op 50\.000\s€: Fit 4 AI – wéi mat der L-AIF ugekënnegt \(net confirméiert\), klenge Betrib \(75\.000\s€ virum Plafong\)$/,
    };
    for (const lng of LOCALES) {
      const t = await translator(lng);
      expect(ruleSentence(capped, 'scheme', { t, locale: lng, schemeName: schemeNameLookup([S('fit4ai')], lng, t) })).toMatch(expected[lng]);
    }
  });

  it('a line closed by company or project size names the scheme, and the expiry names the date', async () => {
    const line1 = rules.find((r) => r.level === 'line' && r.rule.code === 'project_below_min')!;
    const expired = rules.find((r) => r.level === 'warning' && r.rule.code === 'rules_expired')!;
    const expected: Record<Locale, [RegExp, RegExp]> = {
      en: [/^SME Package – AI pays for this type of cost, but only for a project of at least €6,650/, /valid until 31 December 2026/],
      fr: [/^SME Package – IA finance ce type de coût, mais seulement pour un projet d’au moins 6[.\s\u202f]650\s€/, /jusqu’au 31 décembre 2026/],
      de: [/^SME Package – KI fördert diese Kostenart, aber nur bei einem Projekt von mindestens 6\.650\s€/, /bis 31\. Dezember 2026/],
      lb: [/^SME Package – KI fërdert dës Aart vu Käschten, awer just fir e Projet vu mindestens 6\.650\s€/, /bis den 31\. Dezember 2026/],
    };
    for (const lng of LOCALES) {
      const t = await translator(lng);
      const ctx = { t, locale: lng, schemeName: schemeNameLookup(schemes, lng, t) };
      expect(ruleSentence(line1.rule, 'line', ctx)).toMatch(expected[lng][0]);
      expect(ruleSentence(expired.rule, 'warning', ctx)).toMatch(expected[lng][1]);
    }
  });

  it('labels scheme fields and values for the change history', async () => {
    const t = await translator('fr');
    const next = applySchemeOverride(S('fit4ai'), { capCentsBySize: { small: 40_000 * EUR }, eligibleCostTypes: ['diagnostic_consultancy'] });
    expect(fieldLabel('capCentsBySize.small', t)).toBe('Plafond (petite entreprise)');
    expect(fieldLabel('name.lb', t)).toBe('Nom (luxembourgeois)');
    expect(fieldLabel('collaborationBonus.points', t)).toBe('Majoration pour collaboration (points)');
    expect(fieldValue('capCentsBySize.small', next.capCentsBySize.small, { t, locale: 'fr' })).toMatch(/^40\.000\s€$/);
    expect(fieldValue('intensityBySize.small', 0.45, { t, locale: 'fr' })).toMatch(/^45\s%$/);
    expect(fieldValue('eligibleCostTypes', next.eligibleCostTypes, { t, locale: 'fr' })).toBe('Conseil – diagnostic');
    expect(fieldValue('flatGrantCents', null, { t, locale: 'fr' })).toBe('aucun');
    expect(fieldValue('confirmed', true, { t, locale: 'fr' })).toBe('Oui');
    expect(fieldValue('cumulation', 'eu_managed_funds', { t, locale: 'fr' })).toContain('EuroHPC');
    // A pending edit and a history entry read the same: "label: old → new".
    expect(changeSentence({ field: 'intensityBySize.small', old: 0.45, new: 0.5 }, { t, locale: 'fr' })).toMatch(/^Intensité de l’aide \(petite entreprise\) : 45\s% → 50\s%$/);
  });
});
