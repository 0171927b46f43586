/**
 * On a client's page: export the client, with everything that belongs to it, to one file —
 * to hand the work to a colleague or move it to a new laptop.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '@shared/contract/data-safety';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import type { ClientPanelProps } from '@renderer/app/plug-in-props';
import { ErrorMessage } from '@renderer/components/ErrorText';
import { downloadBase64, formatSize, useDataError } from './data-ui';
import './data-safety.css';

export function ClientDataPanel({ client }: ClientPanelProps) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const dataError = useDataError();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportClient = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await call('data.exportClient', { clientId: client.id });
      if (r.status === 'bytes' && r.base64) downloadBase64(r.fileName, r.base64);
      setResult(r);
    } catch (e) {
      setError(dataError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="feature-data-safety card data-safety" data-testid="client-data-panel">
      <legend>{t('panel.title')}</legend>
      <p className="muted">{t('panel.intro')}</p>
      <div className="data-toolbar">
        <button type="button" onClick={() => void exportClient()} disabled={busy} data-testid="export-client">
          {busy ? t('panel.exporting') : t('panel.export')}
        </button>
      </div>
      <ErrorMessage message={error} />
      {result && result.status !== 'cancelled' && (
        <p className="data-note ok" role="status" data-testid="export-done">
          {result.path
            ? t('panel.saved', { path: result.path, size: formatSize(result.sizeBytes, locale) })
            : t('panel.downloaded', { file: result.fileName, size: formatSize(result.sizeBytes, locale) })}
        </p>
      )}
      <p className="muted small">{t('panel.careful')}</p>
    </fieldset>
  );
}
