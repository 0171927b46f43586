import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../renderer/src/features/gpu/GpuFields';

describe('date typed in the compute request', () => {
  it('reads day-first dates in any separator and ISO dates', () => {
    expect(parseDateInput('01/04/2027')).toBe('2027-04-01');
    expect(parseDateInput('1.4.2027')).toBe('2027-04-01');
    expect(parseDateInput(' 15-11-2026 ')).toBe('2026-11-15');
    expect(parseDateInput('2027-04-01')).toBe('2027-04-01');
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('   ')).toBeNull();
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['31/04/2027', '29/02/2026', '00/01/2026', '12/13/2026', '2026-02-30', '04/01/27', 'demain', '1e18', '01/04/2027abc']) {
      expect(parseDateInput(bad), bad).toBeUndefined();
    }
    expect(parseDateInput('29/02/2028')).toBe('2028-02-29');
  });
});
