import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySme, relationOf, sizeClassOf } from '@shared/domain/sme-size';

const M = 100_000_000; // €1 M in cents
const own = (headcount: number | null, turnoverM: number | null, balanceM: number | null) => ({
  headcount,
  turnoverCents: turnoverM === null ? null : Math.round(turnoverM * M),
  balanceSheetCents: balanceM === null ? null : Math.round(balanceM * M),
});

describe('EU SME size class (Recommendation 2003/361/EC)', () => {
  it.each([
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
    [250, 'large'],
  ])('%i staff with small figures → %s', (staff, expected) => {
    expect(classifySme(own(staff, 1, 1)).sizeClass).toBe(expected);
  });

  it('micro ends at €2 M turnover unless the balance sheet is within €2 M', () => {
    expect(classifySme(own(5, 2, 5)).sizeClass).toBe('micro');
    expect(classifySme(own(5, 2.00000001, 5)).sizeClass).toBe('small');
    expect(classifySme(own(5, 5, 2)).sizeClass).toBe('micro'); // balance sheet alone is enough
  });

  it('small ends at €10 M turnover / €10 M balance sheet', () => {
    expect(classifySme(own(30, 10, 20)).sizeClass).toBe('small');
    expect(classifySme(own(30, 10.01, 10.01)).sizeClass).toBe('medium');
    expect(classifySme(own(30, 20, 10)).sizeClass).toBe('small');
  });

  it('medium ends at €50 M turnover and €43 M balance sheet', () => {
    expect(classifySme(own(100, 50, 60)).sizeClass).toBe('medium');
    expect(classifySme(own(100, 60, 43)).sizeClass).toBe('medium');
    expect(classifySme(own(100, 50.01, 43.01)).sizeClass).toBe('large');
  });

  it('says which figure decided and shows the totals', () => {
    const r = classifySme(own(32, 4.1, null));
    expect(r).toMatchObject({ sizeClass: 'small', decidedBy: ['headcount', 'turnover'], missing: [] });
    expect(r.totals.turnoverCents).toBe(410_000_000);
  });

  it('adds partner enterprises in proportion and linked enterprises in full', () => {
    const partner = { name: 'P', headcount: 20, turnoverCents: 4 * M, balanceSheetCents: 4 * M, sharePercent: 25 };
    const linked = { name: 'L', headcount: 40, turnoverCents: 8 * M, balanceSheetCents: 8 * M, sharePercent: 51 };
    const autonomous = { name: 'A', headcount: 10_000, turnoverCents: 900 * M, balanceSheetCents: 900 * M, sharePercent: 24.9 };
    // 8 own + 25 % of 20 = 13 staff → small (not micro)
    const withPartner = classifySme(own(8, 1, 1), [partner]);
    expect(withPartner.totals.headcount).toBe(13);
    expect(withPartner.sizeClass).toBe('small');
    expect(withPartner.partners).toBe(1);
    // 8 + 40 = 48 staff, turnover 9 M → small; a third holding under 25 % is ignored
    const withLinked = classifySme(own(8, 1, 1), [linked, autonomous]);
    expect(withLinked.totals.headcount).toBe(48);
    expect(withLinked.sizeClass).toBe('small');
    expect(withLinked.linked).toBe(1);
    // exactly 50 % is still a partner; over 50 % is linked
    expect(relationOf(50)).toBe('partner');
    expect(relationOf(50.01)).toBe('linked');
    expect(relationOf(25)).toBe('partner');
    expect(relationOf(24.99)).toBe('autonomous');
  });

  it('never guesses: a missing figure that matters gives "unknown" with the reason', () => {
    expect(classifySme(own(null, 1, 1))).toMatchObject({ sizeClass: 'unknown', missing: ['headcount'] });
    expect(classifySme(own(5, null, null))).toMatchObject({ sizeClass: 'unknown', missing: ['turnover', 'balanceSheet'] });
    // turnover above the micro ceiling and no balance sheet: micro is still possible → unknown
    expect(classifySme(own(5, 3, null))).toMatchObject({ sizeClass: 'unknown', missing: ['balanceSheet'] });
    // a partner with unknown figures makes the totals unknown
    const r = classifySme(own(5, 1, 1), [{ name: 'P', headcount: null, turnoverCents: M, balanceSheetCents: M, sharePercent: 30 }]);
    expect(r).toMatchObject({ sizeClass: 'unknown', missing: ['headcount'] });
    // a related enterprise with no share given
    expect(classifySme(own(5, 1, 1), [{ name: 'X', headcount: 1, turnoverCents: 1, balanceSheetCents: 1, sharePercent: null }])).toMatchObject({
      sizeClass: 'unknown',
      missing: ['share'],
    });
  });

  it('decides when a missing figure cannot change the answer', () => {
    expect(classifySme(own(300, null, null)).sizeClass).toBe('large'); // staff alone
    expect(classifySme(own(5, 1, null)).sizeClass).toBe('micro'); // turnover alone satisfies the "or"
    expect(classifySme(own(null, 60, 50)).sizeClass).toBe('large'); // both ceilings exceeded
  });

  it('more staff never gives a smaller class (property)', () => {
    const order = { micro: 0, small: 1, medium: 2, large: 3 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 6_000 }), fc.integer({ min: 0, max: 6_000 }), (staff, extra, t, b) => {
        const a = classifySme({ headcount: staff, turnoverCents: t * M / 100, balanceSheetCents: b * M / 100 });
        const c = classifySme({ headcount: staff + extra, turnoverCents: t * M / 100, balanceSheetCents: b * M / 100 });
        if (a.sizeClass === 'unknown' || c.sizeClass === 'unknown') return true;
        return order[c.sizeClass] >= order[a.sizeClass];
      }),
    );
  });
});

describe("a client's size class (sizeClassOf: the one call every feature makes)", () => {
  const client = {
    name: 'Boulangerie Müller S.à r.l.',
    headcount: 8,
    turnoverCents: 1 * M,
    balanceSheetCents: 1 * M,
    contacts: [],
    related: [{ name: 'Holding', headcount: 40, turnoverCents: 8 * M, balanceSheetCents: 8 * M, sharePercent: 51 }],
  };

  it('counts the related enterprises of the record, not only its own figures', () => {
    expect(sizeClassOf({ ...client, related: [] }).sizeClass).toBe('micro');
    const r = sizeClassOf(client);
    expect(r).toMatchObject({ sizeClass: 'small', linked: 1, partners: 0 });
    expect(r.totals).toEqual({ headcount: 48, turnoverCents: 9 * M, balanceSheetCents: 9 * M });
  });

  it('a missing own figure is never guessed', () => {
    expect(sizeClassOf({ ...client, related: [], headcount: null })).toMatchObject({ sizeClass: 'unknown', missing: ['headcount'] });
  });

  it('is classifySme of the own figures and the related enterprises (property)', () => {
    const figure = fc.option(fc.integer({ min: 0, max: 6_000 }).map((n) => (n * M) / 100), { nil: null });
    const related = fc.array(
      fc.record({ name: fc.string(), headcount: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), turnoverCents: figure, balanceSheetCents: figure, sharePercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), figure, figure, related, (headcount, turnoverCents, balanceSheetCents, rel) => {
        const own = { headcount, turnoverCents, balanceSheetCents };
        expect(sizeClassOf({ ...own, related: rel })).toEqual(classifySme(own, rel));
      }),
    );
  });

  it('no other module classifies a client by itself (one place for the call)', () => {
    const root = join(__dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && path !== join('shared', 'domain', 'sme-size.ts')) {
          if (readFileSync(join(root, path), 'utf8').includes('classifySme(')) offenders.push(path);
        }
      }
    };
    for (const dir of ['electron', 'renderer/src', 'shared']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
