/**
 * Portal answers the advisor cannot miss (issue 11): `sync.decisions` lists what the portal
 * asked or refused on the LATEST revision sent (for the navigation and client badges) and keeps
 * the latest approval of each record, so an allocation stays visible after a later revision is
 * sent. Statuses are written as the sync engine writes them from the changes feed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import type { WorkloadDraft } from '@shared/domain/gpu-budget-draft';

let s: TempServices;
beforeEach(async () => {
  s = await tempServices({ now: () => new Date('2026-03-02T09:00:00Z'), sync: { autoStart: false } });
});
afterEach(() => s.cleanup());

const LORA_8B: WorkloadDraft = { label: 'Assistant SAV', type: 'lora', model: 'llama-3.1-8b', tokens: 50_000_000, epochs: 3 };
const ALLOCATION = { gpuHours: 2000, system: 'MeluXina', accessMode: 'fast_lane', validFrom: '2026-04-01', validUntil: '2026-06-30' };

async function sentRequest(name: string) {
  const c = await s.ok('clients.create', { name, reportLocale: 'fr' });
  await s.ok('clients.update', { id: c.id, patch: { headcount: 12, turnoverCents: 320_000_000, rcsNumber: 'B123456', naceCode: 'H49.41' } });
  const b = await s.ok('gpu.budgets.create', { clientId: c.id, name: 'Assistant SAV', workloads: [LORA_8B] });
  const r = await s.ok('gpu.requests.create', { budgetId: b.budget.id });
  await s.ok('gpu.requests.update', {
    id: r.id,
    patch: { projectTitle: `Projet ${name}`, summary: 'Affiner Llama-3.1-8B sur 12 000 échanges du service client.', storageGiB: 200, justification: 'Réponses de premier niveau; données pseudonymisées.' },
  });
  await s.ok('gpu.requests.finalise', { id: r.id });
  return { client: c, request: r };
}

/** What the engine writes when the changes feed reports a status for a revision. */
function portalSays(recordId: string, clientId: string, revision: number, status: string, extra: { allocation?: object; message?: string; at?: string } = {}) {
  s.db
    .prepare(
      `INSERT INTO portal_status (kind, record_id, revision, client_id, status, allocation_json, message, at, applied_at)
       VALUES ('compute_request', ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, record_id, revision) DO UPDATE SET status = excluded.status, allocation_json = excluded.allocation_json, message = excluded.message, at = excluded.at`,
    )
    .run(recordId, revision, clientId, status, extra.allocation ? JSON.stringify(extra.allocation) : null, extra.message ?? null, extra.at ?? '2026-03-05T08:00:00Z', '2026-03-05T08:01:00Z');
}

describe('sync.decisions', () => {
  it('lists information requested and rejections on the latest revision, per client and for all', async () => {
    const a = await sentRequest('Boulangerie Muller');
    const b = await sentRequest('Präzisionsteile Weber');
    expect(await s.ok('sync.decisions', {})).toEqual({ attention: [], approved: [] });

    portalSays(a.request.id, a.client.id, 1, 'under_review');
    portalSays(b.request.id, b.client.id, 1, 'rejected', { message: 'Hors périmètre', at: '2026-03-06T08:00:00Z' });
    expect((await s.ok('sync.decisions', {})).attention.map((d) => [d.recordId, d.status])).toEqual([[b.request.id, 'rejected']]);

    portalSays(a.request.id, a.client.id, 1, 'needs_information', { message: 'Quel volume de données ?' });
    const all = await s.ok('sync.decisions', {});
    expect(all.attention.map((d) => d.status)).toEqual(['rejected', 'needs_information']); // newest first
    expect(all.attention[1]).toMatchObject({
      kind: 'compute_request',
      recordId: a.request.id,
      revision: 1,
      latestRevision: 1,
      clientId: a.client.id,
      clientName: 'Boulangerie Muller',
      title: 'Projet Boulangerie Muller',
      message: 'Quel volume de données ?',
    });
    const onlyA = await s.ok('sync.decisions', { clientId: a.client.id });
    expect(onlyA.attention.map((d) => d.recordId)).toEqual([a.request.id]);
  });

  it('drops a request for information once a new revision is sent, and keeps the earlier approval in sight', async () => {
    const { client, request } = await sentRequest('Boulangerie Muller');
    portalSays(request.id, client.id, 1, 'approved', { allocation: ALLOCATION });
    let d = await s.ok('sync.decisions', { clientId: client.id });
    expect(d.attention).toEqual([]);
    expect(d.approved).toEqual([expect.objectContaining({ recordId: request.id, revision: 1, allocation: ALLOCATION })]);

    // A later revision (more hours) is finalised and sent: the approval of revision 1 stays listed.
    await s.ok('gpu.requests.newRevision', { id: request.id });
    await s.ok('gpu.requests.finalise', { id: request.id });
    d = await s.ok('sync.decisions', { clientId: client.id });
    expect(d.approved).toEqual([expect.objectContaining({ recordId: request.id, revision: 1, latestRevision: 2, allocation: ALLOCATION })]);

    // The portal asks for information on revision 2: it needs the advisor …
    portalSays(request.id, client.id, 2, 'needs_information', { message: 'Justifiez les heures supplémentaires' });
    d = await s.ok('sync.decisions', { clientId: client.id });
    expect(d.attention.map((x) => [x.revision, x.status])).toEqual([[2, 'needs_information']]);
    expect(d.approved.map((x) => x.revision)).toEqual([1]);

    // … until revision 3 answers it.
    await s.ok('gpu.requests.newRevision', { id: request.id });
    await s.ok('gpu.requests.finalise', { id: request.id });
    d = await s.ok('sync.decisions', { clientId: client.id });
    expect(d.attention).toEqual([]);

    // A newer approval replaces the older one.
    portalSays(request.id, client.id, 3, 'approved', { allocation: { ...ALLOCATION, gpuHours: 3000 } });
    d = await s.ok('sync.decisions', { clientId: client.id });
    expect(d.approved.map((x) => [x.revision, x.allocation?.gpuHours])).toEqual([[3, 3000]]);
  });

  it('refuses a malformed client id and answers nothing for an unknown one', async () => {
    expect(await s.call('sync.decisions', { clientId: '../../etc' } as { clientId: string })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await s.call('sync.decisions', { clientId: 1 } as unknown as { clientId: string })).toMatchObject({ ok: false });
    expect(await s.ok('sync.decisions', { clientId: crypto.randomUUID() })).toEqual({ attention: [], approved: [] });
  });

  it('forgets an erased client’s decisions with the client', async () => {
    const { client, request } = await sentRequest('Boulangerie Muller');
    portalSays(request.id, client.id, 1, 'rejected');
    expect((await s.ok('sync.decisions', {})).attention).toHaveLength(1);
    await s.ok('clients.erase', { id: client.id, confirmName: 'Boulangerie Muller' });
    expect(await s.ok('sync.decisions', {})).toEqual({ attention: [], approved: [] });
  });
});
