/** The Word report generator (main process). See shared/report/report-data.ts for its input. */
export { generateReport, type GenerateReportOptions } from './generate-report';
export { reportFileName, fileNameSlug, type ReportFileNameInput } from '@shared/report/file-name';
export type { ReportData, ReportProgress, ReportStep } from '@shared/report/report-data';
export { REPORT_STEPS } from '@shared/report/report-data';
