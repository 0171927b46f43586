/**
 * "The previous check" on screen and in the Word report (shared/domain/check-history.ts): a
 * follow-up is compared with the check it follows up, also when another check was held in
 * between. The results screen's `previous` and the report's "Progress since the last check"
 * table name the same check (its score is read back from the exported document).
 */
import { afterEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { readZip, wordText } from '../support/zip';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';

const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const item = instrument.items.find((i) => i.format.kind === 'scale')!;
const dimensionTitle = instrument.dimensions.find((d) => d.id === item.dimensionId)!.title.en;

let s: TempServices;
afterEach(() => s.cleanup());

async function finalisedCheck(clientId: string, heldOn: string, level: number, previousId: string | null = null) {
  const check = await s.ok('assessments.start', { clientId, stage: previousId ? 'follow_up' : 'first', previousId, heldOn, language: 'en', participants: [] });
  await s.ok('assessments.saveAnswer', { id: check.id, itemId: item.id, level });
  await s.ok('assessments.finalise', { id: check.id });
  return check.id;
}

it('the results screen and the report compare a follow-up with the check it follows up', async () => {
  s = await tempServices({ now: () => new Date('2026-07-01T09:30:00Z'), sync: { autoStart: false } });
  const client = await s.ok('clients.create', { name: 'Garage Thill', reportLocale: 'en' });
  await s.ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
  const t0 = await finalisedCheck(client.id, '2026-01-15', 1);
  await finalisedCheck(client.id, '2026-03-10', 4); // held in between, not followed up
  const t1 = await finalisedCheck(client.id, '2026-06-20', 2, t0);

  const results = await s.ok('assessments.results', { id: t1 });
  expect(results.previous?.id).toBe(t0);
  const before = results.previous!.result.dimensions.find((d) => d.id === item.dimensionId)!.score;

  const roadmap = await s.ok('roadmaps.generate', { clientId: client.id, assessmentId: t1, horizonMonths: 12 });
  const exported = await s.ok('roadmaps.exportReport', { id: roadmap.id, taskId: crypto.randomUUID() });
  const lines = wordText(readZip(Buffer.from(exported.base64!, 'base64')).get('word/document.xml')!.toString('utf8')).split('\n');
  const progress = lines.indexOf('Progress since the last check');
  expect(progress).toBeGreaterThan(-1);
  // The progress table's row: dimension, previous, now, change.
  const row = lines.indexOf(dimensionTitle, progress);
  expect(lines[row + 1]).toBe(String(before));
  expect(lines[row + 2]).toBe(String(results.result.dimensions.find((d) => d.id === item.dimensionId)!.score));
});
