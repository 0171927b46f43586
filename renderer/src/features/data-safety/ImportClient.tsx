/**
 * Importing a client file: choose the file (the desktop app's own dialog, or a file picker in
 * the browser preview), see what it will add or update and where this laptop holds newer work,
 * decide, import. Nothing is written before "Import".
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '@shared/contract';
import type { ImportPreview, ImportResult } from '@shared/contract/data-safety';
import { CLIENT_BUNDLE_EXTENSION, MAX_UPLOAD_BYTES } from '@shared/contract/data-safety-limits';
import { formatDate, formatDateTime } from '@shared/format';
import { call, transportKind } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorMessage } from '@renderer/components/ErrorText';
import { fileToBase64, useDataError, useTableLabel } from './data-ui';

type Step = { kind: 'idle' } | { kind: 'reading' } | { kind: 'preview'; preview: ImportPreview } | { kind: 'done'; result: ImportResult; name: string };

function PreviewBody(props: {
  preview: ImportPreview;
  onConflict: 'keepLocal' | 'takeIncoming';
  setOnConflict: (v: 'keepLocal' | 'takeIncoming') => void;
  rcsMatch: 'merge' | 'separate';
  setRcsMatch: (v: 'merge' | 'separate') => void;
}) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const label = useTableLabel();
  const { preview } = props;
  const rows = preview.tables.filter((x) => x.add + x.update + x.unchanged + x.conflicts + x.skipped > 0);
  const skippedOutbox = preview.tables.find((x) => x.table === 'outbox')?.skipped ?? 0;
  return (
    <div className="import-preview" data-testid="import-preview">
      <p>
        <strong data-testid="import-client-name">{preview.client.name || t('import.unnamed')}</strong>
        {preview.client.rcsNumber && <span className="muted"> · RCS {preview.client.rcsNumber}</span>}
      </p>
      <p className="muted">{t('import.fileInfo', { file: preview.fileName, date: formatDateTime(preview.exportedAt, locale), version: preview.appVersion })}</p>

      {preview.match.kind === 'new' && <p className="data-note ok" data-testid="import-match" data-match="new">{t('import.matchNew')}</p>}
      {preview.match.kind === 'same_id' && (
        <p className="data-note" data-testid="import-match" data-match="same_id">
          {t('import.matchSameId', { name: preview.match.localName })}
        </p>
      )}
      {preview.match.kind === 'same_rcs' && (
        <div className="data-note warn" data-testid="import-match" data-match="same_rcs">
          <p>{t('import.matchSameRcs', { name: preview.match.localName, rcs: preview.client.rcsNumber })}</p>
          <label className="choice">
            <input type="radio" name="rcs" checked={props.rcsMatch === 'merge'} onChange={() => props.setRcsMatch('merge')} data-testid="rcs-merge" />
            {t('import.rcsMerge', { name: preview.match.localName })}
          </label>
          <label className="choice">
            <input type="radio" name="rcs" checked={props.rcsMatch === 'separate'} onChange={() => props.setRcsMatch('separate')} data-testid="rcs-separate" />
            {t('import.rcsSeparate')}
          </label>
        </div>
      )}

      <table className="table import-table">
        <thead>
          <tr>
            <th scope="col">{t('import.what')}</th>
            <th scope="col" className="num">{t('import.add')}</th>
            <th scope="col" className="num">{t('import.update')}</th>
            <th scope="col" className="num">{t('import.unchanged')}</th>
            <th scope="col" className="num">{t('import.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.table} data-testid="import-table-row" data-table={x.table}>
              <td>{label(x.table)}</td>
              <td className="num">{x.add}</td>
              <td className="num">{x.update}</td>
              <td className="num">{x.unchanged}</td>
              <td className={x.conflicts > 0 ? 'num conflict' : 'num'}>{x.conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {skippedOutbox > 0 && <p className="muted" data-testid="import-skipped-outbox">{t('import.skippedOutbox', { count: skippedOutbox })}</p>}

      {preview.totals.conflicts > 0 && (
        <div className="data-note warn" data-testid="import-conflicts">
          <p>{t('import.conflictsIntro', { count: preview.totals.conflicts })}</p>
          <ul className="conflict-list">
            {preview.conflicts.slice(0, 5).map((c) => (
              <li key={`${c.table}:${c.key}`}>
                {label(c.table)}
                {c.localUpdatedAt && c.incomingUpdatedAt
                  ? ` — ${t('import.conflictDates', { local: formatDate(c.localUpdatedAt, locale, 'short'), incoming: formatDate(c.incomingUpdatedAt, locale, 'short') })}`
                  : ` — ${t('import.conflictDiverged')}`}
              </li>
            ))}
          </ul>
          <label className="choice">
            <input type="radio" name="conflict" checked={props.onConflict === 'keepLocal'} onChange={() => props.setOnConflict('keepLocal')} data-testid="keep-local" />
            {t('import.keepLocal')}
          </label>
          <label className="choice">
            <input type="radio" name="conflict" checked={props.onConflict === 'takeIncoming'} onChange={() => props.setOnConflict('takeIncoming')} data-testid="take-incoming" />
            {t('import.takeIncoming')}
          </label>
        </div>
      )}
      <p className="muted">{t('import.backupFirst')}</p>
    </div>
  );
}

export function ImportClient() {
  const { t } = useTranslation('data');
  const dataError = useDataError();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [onConflict, setOnConflict] = useState<'keepLocal' | 'takeIncoming'>('keepLocal');
  const [rcsMatch, setRcsMatch] = useState<'merge' | 'separate'>('merge');

  const show = (answer: Output<'data.previewImport'>) => {
    setOnConflict('keepLocal');
    setRcsMatch('merge');
    setStep(answer.status === 'ready' ? { kind: 'preview', preview: answer } : { kind: 'idle' });
  };

  const choose = async () => {
    setError(null);
    if (transportKind === 'bridge') return input.current?.click();
    setStep({ kind: 'reading' });
    try {
      show(await call('data.previewImport', { source: { kind: 'dialog' } }));
    } catch (e) {
      setStep({ kind: 'idle' });
      setError(dataError(e));
    }
  };

  const picked = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) return setError(t('errors.bundle_too_large', { limitMb: Math.floor(MAX_UPLOAD_BYTES / 2 ** 20) }));
    setStep({ kind: 'reading' });
    try {
      show(await call('data.previewImport', { source: { kind: 'bytes', fileName: file.name.replace(/[/\\]/g, '_'), base64: await fileToBase64(file) } }));
    } catch (e) {
      setStep({ kind: 'idle' });
      setError(dataError(e));
    }
  };

  const commit = async (preview: ImportPreview) => {
    setError(null);
    try {
      const result = await call('data.commitImport', {
        token: preview.token,
        onConflict: preview.totals.conflicts > 0 ? onConflict : undefined,
        rcsMatch: preview.match.kind === 'same_rcs' ? rcsMatch : undefined,
      });
      setStep({ kind: 'done', result, name: preview.client.name });
    } catch (e) {
      setStep({ kind: 'idle' });
      setError(dataError(e));
    }
  };

  return (
    <div className="import-client">
      <div className="data-toolbar">
        <button type="button" onClick={() => void choose()} disabled={step.kind === 'reading'} data-testid="import-client">
          {step.kind === 'reading' ? t('import.reading') : t('import.choose')}
        </button>
        <span className="muted">{t('import.limit', { mb: Math.floor(MAX_UPLOAD_BYTES / 2 ** 20) })}</span>
        <input
          ref={input}
          type="file"
          accept={`.${CLIENT_BUNDLE_EXTENSION},.json,.gz`}
          hidden
          onChange={(e) => void picked(e.target.files?.[0])}
          data-testid="import-file-input"
        />
      </div>
      <ErrorMessage message={error} testId="import-error" />
      {step.kind === 'done' && (
        <p className="data-note ok" role="status" data-testid="import-done">
          {t('import.done', { name: step.name || t('import.unnamed'), added: step.result.added, updated: step.result.updated, kept: step.result.keptLocal + step.result.unchanged })}{' '}
          <a href={`#/clients/${step.result.clientId}`} data-testid="import-open-client">
            {t('import.open')}
          </a>
        </p>
      )}
      {step.kind === 'preview' && (
        <ConfirmDialog
          title={t('import.title')}
          confirmLabel={t('import.confirm')}
          onCancel={() => setStep({ kind: 'idle' })}
          onConfirm={() => void commit(step.preview)}
        >
          <PreviewBody preview={step.preview} onConflict={onConflict} setOnConflict={setOnConflict} rcsMatch={rcsMatch} setRcsMatch={setRcsMatch} />
        </ConfirmDialog>
      )}
    </div>
  );
}

