// @vitest-environment jsdom
/**
 * One word per status across screens (issue 11): the sync namespace holds the only words for a
 * record's outbox state and the portal's status; the GPU screens and the Word report take them
 * from there. Fails if a screen or namespace grows its own word for a status again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '@shared/locale';
import { OUTBOX_STATES, PORTAL_STATUSES } from '@shared/contract/sync';
import { portalStatusWord, stateWord } from '@renderer/lib/sync-text';
import { computeRequestStatusKey, REPORT_COMPUTE_REQUEST_STATUSES } from '@shared/report/report-data';
import { reportTranslator } from '@main/report/texts';

// gpu-format reaches the renderer's api module, which needs a transport: a preload double.
let queueText: typeof import('@renderer/features/gpu/gpu-format').queueText;
beforeAll(async () => {
  window.api = { onEvent: () => () => {} } as never;
  ({ queueText } = await import('@renderer/features/gpu/gpu-format'));
});

const load = (lng: string, ns: string) => JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8'));

async function translator(lng: Locale): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng, fallbackLng: false, ns: ['gpu', 'sync'], defaultNS: 'gpu', interpolation: { escapeValue: false }, resources: { [lng]: { gpu: load(lng, 'gpu'), sync: load(lng, 'sync') } } });
  return instance.t;
}

const queue = (patch: object) => ({ state: 'delivered' as const, portalRef: null, deliveredAt: null, lastError: null, portalStatus: null, queuedAt: '2026-03-02T09:00:00Z', ...patch });

describe.each(LOCALES)('status words in %s', (lng) => {
  it('each state and each portal status has one word of its own', async () => {
    const t = await translator(lng);
    const states = OUTBOX_STATES.map((s) => stateWord(s, t));
    const statuses = PORTAL_STATUSES.map((s) => portalStatusWord(s, t));
    for (const word of [...states, ...statuses]) expect(word).not.toMatch(/^(sync|state|portalStatus)[.:]/);
    expect(new Set(states).size).toBe(states.length);
    expect(new Set(statuses).size).toBe(statuses.length);
    // A refusal of the data (outbox) never reads like the reviewer's decision "rejected".
    expect(statuses).not.toContain(stateWord('rejected', t));
  });

  it('the GPU screens say the sync word, plus a reference, date or allocation', async () => {
    const t = await translator(lng);
    for (const state of OUTBOX_STATES) expect(queueText(queue({ state }), t, lng).startsWith(stateWord(state, t))).toBe(true);
    for (const status of PORTAL_STATUSES) {
      const text = queueText(queue({ portalRef: 'LAIF-2026-000123', portalStatus: { status, allocation: null, message: null, at: 't' } }), t, lng);
      expect(text).toBe(`${portalStatusWord(status, t)} · LAIF-2026-000123`);
    }
  });

  it('the report says the same words as the screens', async () => {
    const t = await translator(lng);
    const r = reportTranslator(lng);
    for (const status of REPORT_COMPUTE_REQUEST_STATUSES) {
      const word = r(computeRequestStatusKey(status));
      expect(word).not.toContain(':');
      if (status !== 'draft' && status !== 'finalised') expect(word).toBe(portalStatusWord(status, t));
    }
  });

  it('no other namespace keeps its own copy of the status words', () => {
    const gpu = load(lng, 'gpu');
    expect(gpu.portal.state).toBeUndefined();
    expect(gpu.portal.status).toBeUndefined();
    expect(Object.keys(load(lng, 'domain').computeRequestStatus).sort()).toEqual(['draft', 'finalised']);
  });
});
