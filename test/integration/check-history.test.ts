/**
 * The one "previous check" rule (shared/domain/check-history.ts) as the results screen and the
 * report see it: a follow-up is compared with the check it follows up, even when another check
 * was held in between; a check without a link, with the latest finalised one held before it.
 * The snapshots the report reads carry the link, so the rule gives the same answer there.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { previousCheckOf } from '@shared/domain/check-history';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';

const item = getInstrument(CURRENT_INSTRUMENT_VERSION).items.find((i) => i.format.kind === 'scale')!;

let s: TempServices;
beforeEach(async () => {
  s = await tempServices();
});
afterEach(() => s.cleanup());

async function finalisedCheck(clientId: string, heldOn: string, previousId: string | null = null) {
  const check = await s.ok('assessments.start', {
    clientId,
    stage: previousId ? 'follow_up' : 'first',
    previousId,
    heldOn,
    language: 'fr',
    participants: [],
  });
  await s.ok('assessments.saveAnswer', { id: check.id, itemId: item.id, level: 2 });
  await s.ok('assessments.finalise', { id: check.id });
  return check.id;
}

it('a follow-up is compared with the check it follows up, on screen and in the report’s snapshots alike', async () => {
  const clientId = (await s.ok('clients.create', { name: 'Garage Thill', reportLocale: 'fr' })).id;
  const t0 = await finalisedCheck(clientId, '2026-01-15');
  const between = await finalisedCheck(clientId, '2026-03-10');
  const t1 = await finalisedCheck(clientId, '2026-06-20', t0);

  expect((await s.ok('assessments.results', { id: t1 })).previous?.id).toBe(t0);
  expect((await s.ok('assessments.results', { id: between })).previous?.id).toBe(t0); // no link: the one held before
  expect((await s.ok('assessments.results', { id: t0 })).previous).toBeNull();

  const snapshots = await s.ok('assessments.listFinalised', { clientId });
  expect(snapshots.map((x) => [x.id, x.previousId])).toEqual([
    [t0, null],
    [between, null],
    [t1, t0],
  ]);
  const history = snapshots.map((x) => ({ ...x, finalised: true }));
  expect(previousCheckOf(t1, history)?.id).toBe(t0);
  expect(previousCheckOf(between, history)?.id).toBe(t0);
  expect((await s.ok('assessments.snapshot', { id: t1 })).previousId).toBe(t0);
});
