/**
 * The presenter's fit rule: the stage's type shrinks in 5 % steps until its content fits the box,
 * stays at full size when it fits, never goes below the readable minimum, and survives odd input.
 */
import { describe, expect, it } from 'vitest';
import { fitStage, MIN_FIT, type FitBox } from '@renderer/features/assessment/fit-stage';

/** A box whose content height follows the type scale, like text does. */
function box(contentAtFullSize: number, clientHeight: number) {
  const set: string[] = [];
  let fit = 1;
  const b: FitBox & { set: string[] } = {
    set,
    clientHeight,
    get scrollHeight() {
      return Math.max(clientHeight, contentAtFullSize * fit);
    },
    style: {
      setProperty: (name, value) => {
        expect(name).toBe('--fit');
        set.push(value);
        fit = Number(value);
      },
    },
  };
  return b;
}

describe('fitStage', () => {
  it('keeps full size when the content fits', () => {
    const b = box(600, 700);
    expect(fitStage(b)).toBe(1);
    expect(b.set).toEqual(['1']);
  });

  it('shrinks to the largest step that fits', () => {
    const b = box(800, 700); // needs 0.875 → 0.85
    expect(fitStage(b)).toBe(0.85);
    expect(b.set).toEqual(['1', '0.95', '0.9', '0.85']);
    expect(b.scrollHeight).toBeLessThanOrEqual(701);
  });

  it('resets to full size first, so a short question after a long one is not left small', () => {
    const b = box(900, 700);
    fitStage(b);
    const again = box(500, 700);
    expect(fitStage(again)).toBe(1);
  });

  it('never goes below the readable minimum, however long the content (the box then scrolls)', () => {
    const b = box(100_000, 700);
    expect(fitStage(b)).toBe(MIN_FIT);
    expect(b.set.at(-1)).toBe(String(MIN_FIT));
    expect(b.set).toHaveLength(Math.round((1 - MIN_FIT) / 0.05) + 1);
  });

  it('tolerates a missing box, a zero-height box and NaN measures', () => {
    expect(fitStage(null)).toBe(1);
    expect(fitStage(box(10, 0))).toBe(MIN_FIT);
    const nan = box(Number.NaN, 700);
    expect(fitStage(nan)).toBe(1);
  });
});
