/** The report's wording: lookup and plurals, XML-safe text, the executive summary, and label coverage. */
import { describe, expect, it } from 'vitest';
import { reportTranslator } from '@main/report/texts';
import { LOCALES } from '@shared/locale';
import {
  REPORT_COMPUTE_REQUEST_STATUSES,
  computeRequestStatusKey,
  REPORT_STEPS,
  peersShowable,
  reportLevelOf,
  type ReportData,
} from '@shared/report/report-data';
import { AI_ACT_RISKS } from '@shared/domain/ai-act';
import { DMA_BANDS, MATURITY_LEVELS } from '@shared/domain/scoring';
import { PILLARS } from '@shared/reference/catalogue/types';
import { buildExecutiveSummary, firstInitiatives, joinList, largestGaps } from '@shared/report/summary';
import { formatDelta } from '@shared/format';
import { createTranslator, interpolate } from '@shared/report/translate';
import { escapeXml, xmlSafe, xmlSafeDeep } from '@shared/report/xml-text';
import { SIZE_CLASSES } from '@shared/domain/sme-size';
import { reportFixture } from '../support/report-fixtures';

describe('translator', () => {
  const resources = { report: { item_one: '{{count}} item', item_other: '{{count}} items', hello: 'Hello {{name}}', nested: { deep: 'Deep' } } };

  it('looks up namespaced and nested keys and interpolates', () => {
    const t = createTranslator('en', resources);
    expect(t('report:hello', { name: 'Claire' })).toBe('Hello Claire');
    expect(t('hello', { name: 'Luc' })).toBe('Hello Luc'); // default namespace
    expect(t('report:nested.deep')).toBe('Deep');
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'x' })).toBe('1 and x and {{c}}');
  });

  it('picks the plural form of the language (French counts 0 as singular)', () => {
    expect(createTranslator('en', resources)('report:item', { count: 0 })).toBe('0 items');
    expect(createTranslator('en', resources)('report:item', { count: 1 })).toBe('1 item');
    expect(createTranslator('fr', resources)('report:item', { count: 0 })).toBe('0 item');
    expect(createTranslator('fr', resources)('report:item', { count: 1_000_000 })).toBe('1.000.000 items'); // "many" falls back to other; numbers grouped as everywhere (format.ts)
    expect(createTranslator('lb', resources)('report:item', { count: 2 })).toBe('2 items');
    expect(createTranslator('de', resources)('report:item', { count: Number.NaN })).toBe('report:item');
  });

  it('returns the key itself when a text is missing', () => {
    const t = createTranslator('de', resources);
    expect(t('report:nope')).toBe('report:nope');
    expect(t('domain:level.initial.name')).toBe('domain:level.initial.name');
  });
});

describe('XML-safe text', () => {
  it('removes what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlSafe('tab\tnew\nline\rok')).toBe('tab\tnew\nline\rok');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(xmlSafe('👩🏽‍🔧 Müller ß')).toBe('👩🏽‍🔧 Müller ß');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;');
  });

  it('cleans every string of a data tree without touching numbers and nulls', () => {
    const cleaned = xmlSafeDeep({ a: 'x\u0001', b: [1, null, 'y\u0002'], c: { d: true, e: 'z' } });
    expect(cleaned).toEqual({ a: 'x', b: [1, null, 'y'], c: { d: true, e: 'z' } });
  });
});

describe('levels and peers', () => {
  it('maps scores to levels at the boundaries', () => {
    // Scoring 2026.2 (the default): 30/50/70/90.
    expect([0, 29.9, 30, 49.9, 50, 69.9, 70, 89.9, 90, 100].map((s) => reportLevelOf(s))).toEqual([
      'initial', 'initial', 'adopted', 'adopted', 'defined', 'defined', 'managed', 'managed', 'optimized', 'optimized',
    ]);
    // A check finalised under 2026.1 keeps 20/40/60/80.
    expect([0, 19.9, 20, 39.9, 40, 59.9, 60, 79.9, 80, 100].map((s) => reportLevelOf(s, '2026.1'))).toEqual([
      'initial', 'initial', 'adopted', 'adopted', 'defined', 'defined', 'managed', 'managed', 'optimized', 'optimized',
    ]);
    expect(reportLevelOf(-1)).toBeNull();
    expect(reportLevelOf(null)).toBeNull();
    expect(reportLevelOf(Number.NaN)).toBeNull();
  });

  it('shows peers only from 10 companies with statistics', () => {
    const stats = { mean: 40, median: 39, p25: 30, p75: 50 };
    expect(peersShowable(null)).toBe(false);
    expect(peersShowable({ count: 9, computedAt: '2026-01-01', overall: stats, dimensions: [] })).toBe(false);
    expect(peersShowable({ count: 10, computedAt: '2026-01-01', overall: stats, dimensions: [] })).toBe(true);
    expect(peersShowable({ count: 50, computedAt: '2026-01-01', overall: null, dimensions: [] })).toBe(false);
    expect(peersShowable({ count: Number.NaN, computedAt: '2026-01-01', overall: stats, dimensions: [] })).toBe(false);
  });
});

describe('executive summary', () => {
  const data = reportFixture('en', { companyName: 'Kass SA' });
  const t = reportTranslator('en');

  it('names the level, the strongest and weakest dimension and the three largest gaps, largest first', () => {
    const s = buildExecutiveSummary(data, t);
    expect(s.paragraphs[0]).toContain('Kass SA reaches an overall AI maturity score of 39 out of 100, level “Adopted”');
    expect(s.paragraphs[0]).toContain('The strongest dimension is Digital foundations (62.5); the weakest is AI & automation use (22.5).');
    expect(largestGaps(data).map((d) => d.id)).toEqual(['ai_use', 'data', 'people']);
    expect(s.paragraphs[1]).toContain('AI & automation use (22.5 against a target of 55), Data (28 against a target of 60) and People & skills (30 against a target of 60)');
  });

  it('gives cost, benefit, payback, funding and compute from the data', () => {
    const s = buildExecutiveSummary(data, t).paragraphs[2];
    expect(s).toContain('12 initiatives over 18 months');
    expect(s).toContain('€230,500');
    expect(s).toContain('€133,000 per year');
    expect(s).toContain('about 21 months');
    expect(s).toContain('In the scenario “Fit 4 AI + cashback”'); // the one with the most aid
    expect(s).toContain('510 GPU-hours (220 to 1,360)');
  });

  it('says what to do first: the initiatives starting earliest', () => {
    const s = buildExecutiveSummary(data, t);
    expect(s.firstSteps).toEqual(['AI literacy for managers (C-level awareness) (from month 1, €4,500)', 'Data inventory and quality audit (from month 1, €12,000)']);
    expect(firstInitiatives([])).toEqual([]);
  });

  it('flags AI Act work: unclassified, high-risk, prohibited', () => {
    const prohibited: ReportData = {
      ...data,
      roadmap: { ...data.roadmap, initiatives: data.roadmap.initiatives.map((i, k) => (k === 0 ? { ...i, aiAct: { risk: 'prohibited', ref: 'Art. 5(1)(f)', obligations: [] } } : i)) },
    };
    const [attention] = buildExecutiveSummary(prohibited, t).attention;
    expect(attention).toContain('6 initiatives build or use an AI system');
    expect(attention).toContain('1 falls under a prohibited practice');
    expect(attention).toContain('1 is high-risk');
    expect(attention).toContain('1 of them is not classified yet');
  });

  it('an incomplete overall names its missing dimensions; the change since the last check is like for like', () => {
    const partial: ReportData = {
      ...data,
      assessment: {
        ...data.assessment,
        dmaBand: 'average',
        missingDimensionTitles: ['Data', 'Green & sustainable AI'],
        previous: {
          ...data.assessment.previous!,
          likeForLike: { before: 30, now: 37.5, delta: 7.5, allDimensions: false, commonTitles: ['Strategy & business case', 'People & skills'] },
        },
      },
    };
    const s = buildExecutiveSummary(partial, t);
    expect(s.paragraphs[0]).toContain('This overall score is incomplete: it rests on 5 of 7 dimensions, with no score for Data and Green & sustainable AI.');
    expect(s.paragraphs[0]).toContain('DMA-style band (after the EU Digital Maturity Assessment, not an official DMA score) this is “Average”');
    expect(s.paragraphs[1]).toContain('counting only the 2 of 7 dimensions answered in both (Strategy & business case and People & skills), the score has moved from 30 to 37.5 (+7.5 points)');
    // Never the plain difference of the two overall scores.
    expect(s.paragraphs[1]).not.toContain(`from ${data.assessment.previous!.overall}`);
    const none = buildExecutiveSummary(
      { ...partial, assessment: { ...partial.assessment, previous: { ...partial.assessment.previous!, likeForLike: { before: null, now: null, delta: null, allDimensions: false, commonTitles: [] } } } },
      t,
    );
    expect(none.paragraphs[1]).toContain('No dimension was answered both in this check and in the previous one');
    // A complete check says nothing about coverage.
    expect(buildExecutiveSummary(data, t).paragraphs[0]).not.toContain('incomplete');
  });

  it('handles a check without scores and a roadmap without benefit', () => {
    const bare: ReportData = {
      ...data,
      assessment: { ...data.assessment, overall: null, level: null, strongestId: null, weakestId: null, previous: null },
      roadmap: { ...data.roadmap, initiatives: data.roadmap.initiatives.map((i) => ({ ...i, expectedBenefitCentsPerYear: null, aiAct: null })), totals: { ...data.roadmap.totals, benefitCentsPerYear: null, paybackMonths: null } },
      funding: null,
      gpu: null,
    };
    const s = buildExecutiveSummary(bare, t);
    expect(s.paragraphs[0]).toContain('Too few questions were answered');
    expect(s.paragraphs.join(' ')).toContain('No yearly benefit has been estimated yet');
    expect(s.paragraphs.join(' ')).not.toContain('pays back in about');
    expect(s.attention).toEqual([]);
  });

  it('writes deltas with a real minus sign and lists with the language’s "and"', () => {
    expect(formatDelta(7.66, 'fr')).toBe('+7,7');
    expect(formatDelta(-3, 'en')).toBe('−3');
    expect(formatDelta(0, 'de')).toBe('0');
    expect(formatDelta(Number.NaN, 'de')).toBe('—');
    expect(joinList(['A', 'B', 'C'], reportTranslator('lb'))).toBe('A, B an C');
    expect(joinList(['A', 'B'], reportTranslator('fr'))).toBe('A et B');
    expect(joinList([], t)).toBe('');
  });
});

describe('labels for every value, in every language', () => {
  it.each(LOCALES)('%s has a label for each level, band, pillar, risk, size class, access mode, status and step', (locale) => {
    const t = reportTranslator(locale);
    const keys = [
      ...MATURITY_LEVELS.flatMap((l) => [`domain:level.${l}.name`, `domain:level.${l}.meaning`]),
      ...DMA_BANDS.map((b) => `domain:dmaBand.${b}`),
      ...PILLARS.flatMap((p) => [`domain:pillar.${p}.name`, `domain:pillar.${p}.description`]),
      ...AI_ACT_RISKS.flatMap((r) => [`domain:aiActRisk.${r}.name`, `domain:aiActRisk.${r}.description`]),
      ...[...SIZE_CLASSES, 'unknown'].map((s) => `domain:sizeClass.${s}`),
      ...['playground', 'fast_lane', 'large_scale'].map((m) => `domain:accessMode.${m}`),
      ...REPORT_COMPUTE_REQUEST_STATUSES.map(computeRequestStatusKey),
      ...REPORT_STEPS.map((s) => `report:progress.${s}`),
    ];
    const missing = keys.filter((k) => t(k) === k || t(k).trim() === '');
    expect(missing).toEqual([]);
  });
});
