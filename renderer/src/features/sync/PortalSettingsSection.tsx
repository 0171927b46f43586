/**
 * Settings → Portal: the portal address (https, or http only on this computer), pairing with a
 * one-time code and a device name, "connected as …", pairing again after the portal refused the
 * key, and unpairing (queued items stay and wait). The token itself never reaches this page.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format';
import { ApiError, call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { FieldFrame } from '@renderer/components/fields';
import { useErrorMessage } from '@renderer/lib/api-errors';
import { ensureSyncEvents, refreshSyncStatus, useSyncStore } from '@renderer/lib/sync-store';
import { problemText } from '@renderer/lib/sync-text';
import { ErrorMessage, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import './sync.css';

/** Error codes of this feature are translated in the sync namespace; others by the common errors. */
export function useSyncError() {
  const { t, i18n } = useTranslation('sync');
  const common = useErrorMessage();
  return (error: unknown) =>
    error instanceof ApiError && i18n.exists(`sync:errors.${error.code}`) ? t(`errors.${error.code}`, error.details) : common(error);
}

function Input(props: { label: string; hint?: string; value: string; onChange: (v: string) => void; testId: string; placeholder?: string; autoComplete?: string }) {
  return (
    <FieldFrame label={props.label} hint={props.hint}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={props.value}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function PortalSettingsSection() {
  const { t, i18n } = useTranslation('sync');
  const locale = useLocale();
  const syncError = useSyncError();
  const version = useSyncStore((s) => s.version);
  // Reloaded after every sync event (the store's version): pairing state and token problems change there.
  const loaded = useLoad(() => call('sync.portal.get', {}), [version]);
  const settings = loaded.data ?? null;
  const setSettings = loaded.setData;
  const [baseUrl, setBaseUrl] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<string | null>(null);
  const [confirmUnpair, setConfirmUnpair] = useState(false);

  useEffect(() => ensureSyncEvents(), []);
  useEffect(() => {
    // The form starts from the stored values, never overwriting what the advisor typed.
    if (!settings) return;
    setBaseUrl((v) => v || settings.baseUrl);
    setDeviceName((v) => v || settings.deviceName || settings.suggestedDeviceName);
  }, [settings]);

  if (!settings)
    return (
      <fieldset className="card">
        {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} message={syncError} /> : <p className="muted">{t('common:loading')}</p>}
      </fieldset>
    );

  const pair = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await call('sync.portal.pair', { baseUrl, code, deviceName });
      setSettings(next);
      setCode('');
      setCheck(null);
      void refreshSyncStatus();
    } catch (e) {
      setError(syncError(e));
    } finally {
      setBusy(false);
    }
  };

  const runCheck = async () => {
    setError(null);
    setCheck(null);
    try {
      const result = await call('sync.portal.check', { baseUrl });
      setCheck(result.problem ? problemText(result.problem, t, i18n) : t('settings.checkOk', { version: result.apiVersion }));
    } catch (e) {
      setError(syncError(e));
    }
  };

  const warning = settings.secretStore.warning;
  const showForm = !settings.paired || settings.needsAuth;
  return (
    <fieldset className="feature-sync card portal-settings" data-testid="portal-settings">
      <legend>{t('settings.title')}</legend>
      <p className="muted">{t('settings.intro')}</p>

      {settings.paired && (
        <dl className="facts" data-testid="portal-connected">
          <dt>{t('settings.connectedAs')}</dt>
          <dd data-testid="portal-advisor">{settings.advisor?.name}</dd>
          <dt>{t('settings.baseUrl')}</dt>
          <dd className="mono">{settings.baseUrl}</dd>
          <dt>{t('settings.deviceName')}</dt>
          <dd>{settings.deviceName}</dd>
          <dt>{t('settings.pairedAt')}</dt>
          <dd>{settings.pairedAt ? formatDateTime(settings.pairedAt, locale) : '—'}</dd>
        </dl>
      )}
      {settings.needsAuth && (
        <p className="sync-note danger" role="alert">
          {t('settings.needsAuth')}
        </p>
      )}
      {warning === 'basic_text' && <p className="sync-note warn">{t('settings.secretBasicText')}</p>}
      {warning === 'unavailable' && <p className="sync-note danger">{t('settings.secretUnavailable')}</p>}
      {warning === 'plain_file' && <p className="muted small">{t('settings.secretPlainFile')}</p>}

      {showForm && (
        <form className="portal-form" onSubmit={pair}>
          <div className="form-grid">
            <Input
              label={t('settings.baseUrl')}
              hint={t('settings.baseUrlHint')}
              value={baseUrl}
              onChange={setBaseUrl}
              testId="portal-url"
              placeholder="https://portal.example.lu"
              autoComplete="url"
            />
            <Input label={t('settings.deviceName')} hint={t('settings.deviceNameHint')} value={deviceName} onChange={setDeviceName} testId="portal-device" />
            <Input label={t('settings.code')} hint={t('settings.codeHint')} value={code} onChange={(v) => setCode(v.toUpperCase())} testId="portal-code" placeholder="ABCD-2345" />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || !baseUrl.trim() || !deviceName.trim() || code.trim().length < 8} data-testid="portal-pair">
              {settings.needsAuth ? t('settings.pairAgain') : t('settings.pair')}
            </button>
            <button type="button" onClick={() => void runCheck()} disabled={busy || !baseUrl.trim()} data-testid="portal-check">
              {t('settings.check')}
            </button>
            {check && (
              <span className="muted" role="status" data-testid="portal-check-result">
                {check}
              </span>
            )}
          </div>
        </form>
      )}
      <ErrorMessage message={error} testId="portal-error" />
      {settings.paired && (
        <div className="actions">
          <a className="sync-button-link" href="#/sync">
            {t('settings.openCentre')}
          </a>
          <button type="button" onClick={() => setConfirmUnpair(true)} data-testid="portal-unpair">
            {t('settings.unpair')}
          </button>
        </div>
      )}
      {confirmUnpair && (
        <ConfirmDialog
          title={t('settings.unpairTitle')}
          confirmLabel={t('settings.unpair')}
          onCancel={() => setConfirmUnpair(false)}
          onConfirm={() => {
            setConfirmUnpair(false);
            call('sync.portal.unpair', {}).then(setSettings, (e) => setError(syncError(e)));
          }}
        >
          <p>{t('settings.unpairBody')}</p>
        </ConfirmDialog>
      )}
    </fieldset>
  );
}
