/**
 * After export the app says where the report is and offers to open its folder: the contract
 * method `roadmaps.showReportInFolder` reveals only a file the export itself wrote in this
 * session (no probing or opening of other paths from the renderer), and answers `shown: false`
 * where there is no file manager (browser preview, tests).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { finalisedCheck } from '../support/roadmap-fixtures';

let s: TempServices;
afterEach(() => s.cleanup());

async function roadmap() {
  const client = await s.ok('clients.create', { name: 'Boulangerie Muller S.à r.l.', reportLocale: 'fr' });
  await s.ok('clients.update', { id: client.id, patch: { headcount: 23, turnoverCents: 410_000_000 } });
  const check = await finalisedCheck(s.ok, client.id);
  return s.ok('roadmaps.generate', { clientId: client.id, assessmentId: check.id, horizonMonths: 12 });
}

describe('show the saved report in its folder', () => {
  it('reveals the file the export wrote, and nothing else', async () => {
    const shown: string[] = [];
    s = await tempServices({
      now: () => new Date('2026-03-10T09:30:00Z'),
      sync: { autoStart: false },
      saveFile: async (name) => `/home/advisor/Documents/${name}`,
      showInFolder: (path) => shown.push(path),
    });
    const view = await roadmap();
    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    expect(r.status).toBe('saved');
    expect(r.fileName).toBe('2026-03-10_Boulangerie-Muller-S-a-r-l_Feuille-de-route-IA_r1_fr.docx');
    expect(r.path).toBe(`/home/advisor/Documents/${r.fileName}`);

    expect(await s.ok('roadmaps.showReportInFolder', { path: r.path! })).toEqual({ shown: true });
    expect(shown).toEqual([r.path]);

    // A path the export did not write — another file, a traversal, an empty or huge string — is refused.
    for (const path of ['/etc/passwd', `/home/advisor/Documents/../../../etc/${r.fileName}`, `${r.path} `, 'C:\\Windows\\System32']) {
      const answer = await s.call('roadmaps.showReportInFolder', { path });
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('not_found');
    }
    for (const path of ['', 'x'.repeat(5000)]) {
      const answer = await s.call('roadmaps.showReportInFolder', { path } as { path: string });
      expect(!answer.ok && answer.error.code).toBe('invalid_input');
    }
    expect(await s.call('roadmaps.showReportInFolder', { path: 1 } as unknown as { path: string })).toMatchObject({ ok: false });
    expect(shown).toEqual([r.path]);
  });

  it('answers shown: false without a file manager (browser preview), and refuses a cancelled export', async () => {
    let answer: string | null = '/tmp/chosen.docx';
    s = await tempServices({ sync: { autoStart: false }, saveFile: async () => answer });
    const view = await roadmap();
    const saved = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    expect(await s.ok('roadmaps.showReportInFolder', { path: saved.path! })).toEqual({ shown: false });
    answer = null;
    const cancelled = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    expect(cancelled).toMatchObject({ status: 'cancelled', path: null });
  });

  it('has nothing to show after a browser download', async () => {
    s = await tempServices({ sync: { autoStart: false } });
    const view = await roadmap();
    const r = await s.ok('roadmaps.exportReport', { id: view.id, taskId: crypto.randomUUID() });
    expect(r).toMatchObject({ status: 'download', path: null });
    const answer = await s.call('roadmaps.showReportInFolder', { path: r.fileName });
    expect(!answer.ok && answer.error.code).toBe('not_found');
  });
});
