import { useTranslation } from 'react-i18next';
import { call } from '@renderer/lib/api';
import { trackSave } from '@renderer/lib/save-state';
import { TextField } from '@renderer/components/fields';
import { LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import type { PlugIn } from '@renderer/app/plug-in-props';

/** `sections`: what other features add to Settings (app/settings-sections.tsx, handed over by the route). */
export function SettingsPage({ sections }: { sections: PlugIn[] }) {
  const { t } = useTranslation('settings');
  const { data, error, reload } = useLoad(() => Promise.all([call('settings.get', {}), call('app.info', {})]), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <p className="loading">{t('common:loading')}</p>;
  const [settings, info] = data;
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <fieldset className="card form-grid">
        <legend>{t('advisor')}</legend>
        <TextField
          label={t('advisorName')}
          hint={t('advisorNameHint')}
          value={settings.advisorName}
          maxLength={200}
          testId="advisor-name"
          onSave={(advisorName) => void trackSave(() => call('settings.update', { advisorName }))}
        />
      </fieldset>
      {sections.map(({ id, component: Section }) => (
        <Section key={id} />
      ))}
      <fieldset className="card">
        <legend>{t('about')}</legend>
        <dl className="facts">
          <dt>{t('version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('dataDir')}</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>{t('schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>{t('transport')}</dt>
          <dd>{t(`transportKind.${info.transport}`)}</dd>
        </dl>
      </fieldset>
    </section>
  );
}
