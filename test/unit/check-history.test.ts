/**
 * "The previous check" is one rule (shared/domain/check-history.ts): the check a follow-up
 * names, when finalised; else the latest finalised check held before it. The results screen and
 * the Word report both use it.
 */
import { describe, expect, it } from 'vitest';
import { previousCheckOf } from '@shared/domain/check-history';

const check = (id: string, finalised = true, previousId: string | null = null) => ({ id, finalised, previousId });

describe('previousCheckOf', () => {
  it('a first check has none', () => {
    expect(previousCheckOf('t0', [check('t0')])).toBeNull();
    expect(previousCheckOf('missing', [check('t0')])).toBeNull();
  });

  it('without a link: the latest finalised check held before, skipping drafts', () => {
    const checks = [check('t0'), check('t1'), check('draft', false), check('t2')];
    expect(previousCheckOf('t2', checks)?.id).toBe('t1');
    expect(previousCheckOf('t1', checks)?.id).toBe('t0');
    expect(previousCheckOf('draft', checks)?.id).toBe('t1');
  });

  it('a follow-up is compared with the check it follows up, not merely the one before', () => {
    const checks = [check('t0'), check('t1'), check('t2', true, 't0')];
    expect(previousCheckOf('t2', checks)?.id).toBe('t0');
  });

  it('falls back to the one held before when the followed check is not finalised or not there', () => {
    expect(previousCheckOf('t2', [check('t0'), check('t1', false), check('t2', true, 't1')])?.id).toBe('t0');
    expect(previousCheckOf('t2', [check('t0'), check('t2', true, 'gone')])?.id).toBe('t0');
  });

  it('never picks a check held later, nor the check itself', () => {
    const checks = [check('t0', true, 't0'), check('t1')];
    expect(previousCheckOf('t0', checks)).toBeNull();
  });
});
