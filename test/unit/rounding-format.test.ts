/**
 * One rounding (shared/rounding.ts) and one score/change formatting (shared/format.ts) for the
 * screens and the Word report: a change is rounded before its sign is chosen, so "+0,0" never
 * stands for a change that rounds to nothing.
 */
import { describe, expect, it } from 'vitest';
import { formatDelta, formatScore } from '@shared/format';
import { scoreChange } from '@shared/domain/scoring';
import { scoreText } from '@renderer/lib/check-text';

describe('formatDelta', () => {
  it('signs the rounded change with a true minus; the screens put ± before an unchanged figure', () => {
    expect(formatDelta(4.46, 'en')).toBe('+4.5');
    expect(formatDelta(-3, 'fr')).toBe('−3');
    expect(formatDelta(0.04, 'en')).toBe('0');
    expect(formatDelta(0.04, 'en', '±')).toBe('±0');
    expect(formatDelta(-0.04, 'de', '±')).toBe('±0');
    expect(formatDelta(-1.45, 'de')).toBe('−1,5');
    expect(formatDelta(null, 'lb')).toBe('—');
    expect(formatDelta(Number.NaN, 'lb')).toBe('—');
  });
});

describe('scores and their changes', () => {
  it('the screens show a score as the report does', () => {
    for (const v of [0, 12.34, 66.66, 100, null]) expect(scoreText(v, 'fr')).toBe(formatScore(v, 'fr'));
  });

  it('a change between two checks is to the tenth, null when either score is missing', () => {
    expect(scoreChange(30.1, 45.25)).toBe(15.2);
    expect(scoreChange(2.3, 2.35)).toBe(0.1);
    expect(scoreChange(45, 30)).toBe(-15);
    expect(scoreChange(null, 30)).toBeNull();
    expect(scoreChange(30, undefined)).toBeNull();
  });
});
