/**
 * The Word report of a roadmap revision: its data (the check, history, peers, sign-off and the
 * optional sections of the other features), the export (save dialog or download) and "show in
 * folder" for what the export wrote in this session.
 */
import { createHash } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { ExportResult } from '@shared/contract/roadmaps';
import { buildReportData } from '@shared/report/roadmap-report-data';
import { isLocale, type Locale } from '@shared/locale';
import { getCatalogue } from '@shared/reference/catalogue';
import type { ReportData, ReportProgress } from '@shared/report/report-data';
import { reportFileName } from '@shared/report/file-name';
import type { ServiceContext } from '../context';
import type { RoadmapReportSections } from './roadmap-report-sections';
import { roadmapTranslator } from './roadmap-texts';
import type { RoadmapsDeps } from './roadmaps-deps';
import type { RoadmapsRepository } from './roadmaps-repository';
import type { RoadmapReads } from './roadmap-view';

export function createRoadmapReport(
  ctx: ServiceContext,
  repo: RoadmapsRepository,
  reads: RoadmapReads,
  sections: RoadmapReportSections,
  deps: Pick<RoadmapsDeps, 'getClient' | 'assessments' | 'advisorName' | 'saveFile' | 'showInFolder' | 'generateReport'>,
) {
  /** ReportData of a revision in a language (default: the client's report language). */
  function reportDataOf(id: string, revision: number | undefined, locale: Locale | undefined): ReportData {
    const r = reads.roadmap(id);
    const shown = reads.revisionOf(r, revision);
    const client = deps.getClient(r.clientId);
    const lang: Locale = locale ?? (isLocale(client.reportLocale) ? client.reportLocale : 'fr');
    const check = reads.snapshotOf(r);
    const initiatives = repo.initiatives(id, shown);
    return buildReportData(
      {
        locale: lang,
        generatedAt: ctx.now().toISOString(),
        advisorName: deps.advisorName(),
        client,
        check,
        peers: sections.peers(check.instrumentVersion, client),
        history: deps.assessments.listFinalised(r.clientId),
        roadmap: { revision: shown, horizonMonths: r.horizonMonths, startsOn: r.startsOn, initiatives },
        catalogue: getCatalogue(r.catalogueVersion),
        signOff: repo.latestSignOffUpTo(id, shown),
        funding: sections.funding(r.clientId, lang),
        gpu: sections.gpu(r.clientId, lang, initiatives.map((i) => i.key)),
        votes: sections.votes(check.id),
      },
      roadmapTranslator(lang),
    );
  }

  /** Paths the export wrote in this session: the only ones "show in folder" accepts. */
  const savedReports = new Set<string>();

  async function generate(data: ReportData, onProgress: ReportProgress): Promise<Uint8Array> {
    if (deps.generateReport) return deps.generateReport(data, onProgress);
    const { generateReport } = await import('@main/report');
    return generateReport(data, { onProgress });
  }

  const handlers = {
    'roadmaps.exportReport': async ({ id, revision, locale, taskId }: ParsedInput<'roadmaps.exportReport'>): Promise<ExportResult> => {
      const data = reportDataOf(id, revision, locale);
      const started = performance.now();
      const bytes = await generate(data, (done, total, step) => ctx.emit({ type: 'reportProgress', taskId, done, total, step }));
      const millis = Math.round(performance.now() - started);
      const { reportTranslator } = await import('@main/report/texts');
      const title = reportTranslator(data.locale)('report:fileTitle');
      const fileName = reportFileName({ date: data.generatedAt, companyName: data.client.name, revision: data.roadmap.revision, locale: data.locale, title });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const base = { fileName, locale: data.locale, sizeBytes: bytes.byteLength, sha256, millis };
      if (deps.saveFile) {
        const path = await deps.saveFile(fileName, bytes);
        if (path) savedReports.add(path);
        return { ...base, status: path ? 'saved' : 'cancelled', path, base64: null };
      }
      return { ...base, status: 'download', path: null, base64: Buffer.from(bytes).toString('base64') };
    },

    'roadmaps.showReportInFolder': ({ path }: ParsedInput<'roadmaps.showReportInFolder'>): { shown: boolean } => {
      // The renderer may only reveal what the export wrote: no way to probe or open other paths.
      if (!savedReports.has(path)) throw new AppError('not_found', 'No report was saved at this place in this session', { entity: 'report_file' });
      if (!deps.showInFolder) return { shown: false };
      deps.showInFolder(path);
      return { shown: true };
    },
  } satisfies Partial<Handlers>;

  return { handlers, reportDataOf };
}
