/** One ordering of reference-data versions (instrument and catalogue registries): numeric, not text. */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '@shared/reference/versions';
import { CATALOGUE_VERSIONS } from '@shared/reference/catalogue';
import { listInstrumentVersions } from '@shared/reference/instrument';

describe('compareVersions', () => {
  it('orders YYYY.N by number: 2026.10 after 2026.9, a year before its successor', () => {
    expect(['2026.10', '2027.1', '2026.9', '2026.2'].sort(compareVersions)).toEqual(['2026.2', '2026.9', '2026.10', '2027.1']);
    expect(compareVersions('2026.1', '2026.1')).toBe(0);
  });

  it('both registries list their versions in that order', () => {
    expect([...CATALOGUE_VERSIONS]).toEqual([...CATALOGUE_VERSIONS].sort(compareVersions));
    const instruments = listInstrumentVersions();
    expect(instruments).toEqual([...instruments].sort(compareVersions));
  });
});
