/** Bidi controls in names are neutralised where names are shown, and in the erasure confirmation (issue 12). */
import { describe, expect, it } from 'vitest';
import { displayName, withoutBidiControls } from '@renderer/lib/display-text';

describe('displayName', () => {
  it('removes overrides, embeddings, isolates and marks', () => {
    const spoofed = 'Garage \u202Eexe.fdp\u202C Muller';
    expect(displayName(spoofed)).toBe('Garage exe.fdp Muller');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(displayName(`A${c}B`), JSON.stringify(c)).toBe('AB');
    }
  });

  it('keeps letters of every script, and right-to-left names as they are', () => {
    expect(displayName('Boulangerie Müller S.à r.l.')).toBe('Boulangerie Müller S.à r.l.');
    expect(displayName('شركة المستقبل')).toBe('شركة المستقبل');
  });

  it('falls back when nothing visible is left (empty, only controls, null)', () => {
    expect(displayName('', 'Unnamed')).toBe('Unnamed');
    expect(displayName('\u202E\u202C  ', 'Unnamed')).toBe('Unnamed');
    expect(displayName(null, 'Unnamed')).toBe('Unnamed');
    expect(displayName(undefined)).toBe('');
  });

  it('handles a huge name without slowing down', () => {
    const huge = '\u202E'.repeat(100_000) + 'x'.repeat(100_000);
    const started = performance.now();
    expect(displayName(huge)).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('the confirmation text is the visible name, without isolates', () => {
    expect(withoutBidiControls('Garage \u202Eexe\u202C')).toBe('Garage exe');
  });
});
