/**
 * "Export the Word report": in the client's report language by default, with the generator's
 * progress steps, and the save location chosen by the advisor — the native save dialog in the
 * desktop app, the browser's own download in the browser preview. Afterwards it says where the
 * file is and offers to open its folder (desktop app).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, RoadmapView } from '@shared/contract/roadmaps';
import { formatNumber } from '@shared/format';
import { LOCALES, type Locale } from '@shared/locale';
import { call, onEvent } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { LANGUAGE_NAMES } from '@renderer/lib/language-names';
import { ErrorMessage } from '@renderer/components/ErrorText';
import { useRoadmapError } from './roadmap-bits';

function download(result: ExportResult) {
  const binary = atob(result.base64 ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = result.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `C:\\Users\\a\\x.docx` or `/home/a/x.docx` → folder and file name, as the advisor's system writes them. */
export function splitPath(path: string): { folder: string; file: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? { folder: '', file: path } : { folder: path.slice(0, cut) || path.slice(0, 1), file: path.slice(cut + 1) };
}

export function ExportControl({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const { t: tr } = useTranslation('report');
  const uiLocale = useLocale();
  const errorText = useRoadmapError();
  const [lang, setLang] = useState<Locale>(view.reportLocale);
  const [progress, setProgress] = useState<{ done: number; total: number; step: string } | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [folderNote, setFolderNote] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  async function run() {
    const taskId = crypto.randomUUID();
    setResult(null);
    setError(null);
    setFolderNote(null);
    setProgress({ done: 0, total: 5, step: 'prepare' });
    stop.current?.();
    stop.current = onEvent((e) => {
      if (e.type === 'reportProgress' && e.taskId === taskId) setProgress({ done: e.done, total: e.total, step: e.step });
    });
    try {
      const r = await call('roadmaps.exportReport', { id: view.id, revision: view.revision, locale: lang, taskId });
      if (r.status === 'download') download(r);
      setResult(r);
    } catch (e) {
      setError(errorText(e));
    } finally {
      stop.current?.();
      stop.current = null;
      setProgress(null);
    }
  }

  async function showFolder(path: string) {
    setFolderNote(null);
    try {
      const { shown } = await call('roadmaps.showReportInFolder', { path });
      if (!shown) setFolderNote(t('export.folderUnavailable'));
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <div className="export-control" data-testid="export-control">
      <label className="field export-language">
        <span>{t('export.language')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Locale)} data-testid="export-language" disabled={progress !== null}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
              {l === view.reportLocale ? ` — ${t('export.clientLanguage')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void run()} disabled={progress !== null} data-testid="export-report">
        {t('export.button')}
      </button>
      {progress && (
        <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
          <progress max={progress.total} value={progress.done} />
          <span>{tr(`progress.${progress.step}`)}</span>
        </div>
      )}
      {result && (
        <div className={`export-result ${result.status}`} role="status" data-testid="export-result" data-status={result.status}>
          <p>
            {result.status === 'cancelled'
              ? t('export.cancelled')
              : t(result.status === 'saved' ? 'export.saved' : 'export.downloaded', {
                  file: result.path ? splitPath(result.path).file : result.fileName,
                  folder: result.path ? splitPath(result.path).folder : '',
                  size: formatNumber(result.sizeBytes / 1024, uiLocale, 0),
                })}
          </p>
          {result.status === 'saved' && result.path && (
            <button type="button" data-testid="export-show-folder" onClick={() => void showFolder(result.path!)}>
              {t('export.showInFolder')}
            </button>
          )}
          {folderNote && <p className="muted">{folderNote}</p>}
        </div>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}
