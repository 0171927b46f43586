/** What the roadmaps feature needs from the app and from the other features, by name and type. */
import type { Client } from '@shared/contract/clients';
import type { FinalisedSnapshot } from '@shared/contract/assessments';
import type { ReportData, ReportProgress } from '@shared/report/report-data';
import type { RoadmapReportSources } from './roadmap-report-sections';

/** Asks the advisor where to save and writes the file; resolves to the path, or null when cancelled. */
export type SaveFile = (suggestedName: string, bytes: Uint8Array) => Promise<string | null>;
export type GenerateReport = (data: ReportData, onProgress: ReportProgress) => Promise<Uint8Array>;

export interface RoadmapsDeps {
  getClient: (id: string) => Client;
  /** The assessments service: finalised snapshots are the roadmap's input. */
  assessments: {
    getSnapshot: (id: string, revision?: number) => FinalisedSnapshot;
    listFinalised: (clientId: string) => FinalisedSnapshot[];
  };
  appVersion: string;
  advisorName: () => string;
  /** Electron: the native save dialog. Absent (browser preview, tests): the bytes are returned. */
  saveFile?: SaveFile;
  /** Electron: shell.showItemInFolder. Absent (browser preview, tests): nothing to open. */
  showInFolder?: (path: string) => void;
  /** The DOCX generator; loaded lazily so that opening the app does not load `docx` and resvg. */
  generateReport?: GenerateReport;
  /** The votes, funding and GPU reads behind the report's optional sections and the payload's `funding` block. */
  reportSources: RoadmapReportSources;
}
