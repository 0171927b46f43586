/** One reading of a queued envelope's names, for the sync centre ("project — company") and the portal decisions (project, else company). */
import { describe, expect, it } from 'vitest';
import { envelopeNames } from '@main/sync/envelope-names';

const envelope = (payload: unknown) => JSON.stringify({ kind: 'compute_request', payload });

describe('envelopeNames', () => {
  it('reads the project title and the company name', () => {
    expect(envelopeNames(envelope({ projectTitle: 'Assistant SAV', company: { name: 'Muller SA' } }))).toEqual({ project: 'Assistant SAV', company: 'Muller SA' });
  });

  it('gives empty names for what is absent, not text, or unreadable', () => {
    const none = { project: '', company: '' };
    expect(envelopeNames(envelope({ company: { name: 'Muller SA' } }))).toEqual({ project: '', company: 'Muller SA' });
    expect(envelopeNames(envelope({ projectTitle: 7, company: null }))).toEqual(none);
    expect(envelopeNames(envelope({ company: 'Muller SA' }))).toEqual(none);
    expect(envelopeNames(JSON.stringify({}))).toEqual(none);
    expect(envelopeNames(null)).toEqual(none);
    expect(envelopeNames('null')).toEqual(none);
    expect(envelopeNames('<html>')).toEqual(none);
  });
});
