/**
 * Settings › GPU budget defaults: the figures every GPU budget uses (price per GPU-hour, PUE,
 * carbon basis and intensity, cashback), each with its source and an "unconfirmed" badge where
 * the figure is not published. Changing one re-prices every draft budget; finalised compute
 * requests keep the figures they were frozen with.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@shared/format';
import type { Locale } from '@shared/locale';
import {
  BILLING_UNITS,
  BILLING_UNIT_LABELS,
  BILLING_UNIT_SOURCE,
  CARBON_BASES,
  CARBON_SETTING_KEY,
  type BillingUnit,
  type CarbonBasis,
  type NumericSettingKey,
} from '@shared/reference/gpu/settings';
import { GPU_REFERENCE_LAST_CHECKED } from '@shared/reference/gpu/hardware';
import { call } from '@renderer/lib/api';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { NumberField, SelectField } from '@renderer/components/fields';
import './gpu.css';

/** The public addresses in a source note (the notes also cite the team's internal fact sheet). */
const urlsOf = (source: string) => (source.match(/https:\/\/[^\s,;)]+/g) ?? []).join(' · ');

type Patch = Partial<Record<NumericSettingKey, number | null>> & { carbonBasis?: CarbonBasis; billingUnit?: BillingUnit };

export function GpuSettingsSection() {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const { data: view, error: loadError, reload, setData: setView } = useLoad(() => call('gpu.settings.get', {}), []);
  const [error, setError] = useState<unknown>(null);

  function save(patch: Patch) {
    setError(null);
    trackSave(() => call('gpu.settings.update', { patch })).then(setView, setError);
  }

  if (!view) return loadError ? <LoadError error={loadError} onRetry={reload} /> : null;
  const s = view.settings;
  const carbonKey = CARBON_SETTING_KEY[s.carbonBasis];

  const defaultText = (key: NumericSettingKey) => {
    const d = view.defaults[key];
    if (key === 'pricePerGpuHourCents') return formatMoney(d, locale, { cents: true });
    if (key === 'cashbackRate') return formatPercent(d, locale);
    return formatNumber(d, locale, 2);
  };

  /** A plain function, not a component: a component defined here would remount its field on every render. */
  const row = (id: NumericSettingKey, children: ReactNode) => {
    const ref = view.references[id];
    const overridden = view.overridden.includes(id);
    return (
      <div className="gpu-setting-row" data-testid={`gpu-setting-${id}`}>
        <div className="gpu-setting-input">{children}</div>
        <div className="gpu-setting-source">
          <p>
            {ref.unconfirmed && <span className="badge warn">{t('unconfirmed.short')}</span>} {ref.basis[locale]}
          </p>
          <p className="muted gpu-small">
            {urlsOf(ref.source) && <>{t('settings.source', { source: urlsOf(ref.source) })} · </>}
            {t('settings.default', { value: defaultText(id) })}
            {overridden && (
              <>
                {' · '}
                <button type="button" className="link" onClick={() => save({ [id]: null })}>
                  {t('settings.reset')}
                </button>
              </>
            )}
          </p>
        </div>
      </div>
    );
  };

  return (
    <fieldset className="feature-gpu card gpu-settings" data-testid="gpu-settings">
      <legend>{t('settings.title')}</legend>
      <p className="muted">{t('settings.lead', { date: formatDate(GPU_REFERENCE_LAST_CHECKED, locale) })}</p>
      <ErrorText error={error} />
      {row('pricePerGpuHourCents', (
        <NumberField
          label={t('setting.pricePerGpuHourCents.label')}
          value={s.pricePerGpuHourCents / 100}
          max={10_000}
          suffix="€"
          onSave={(v) => save({ pricePerGpuHourCents: v === null ? null : Math.round(v * 100) })}
          testId="gpu-price"
        />
      ))}
      <div className="gpu-setting-row" data-testid="gpu-setting-billingUnit">
        <div className="gpu-setting-input">
          <SelectField<BillingUnit>
            label={t('settings.billingUnit')}
            value={s.billingUnit}
            options={BILLING_UNITS.map((b) => ({ value: b, label: t(`billingUnitOption.${b}`) }))}
            onSave={(billingUnit) => save({ billingUnit })}
            testId="gpu-billing-unit"
          />
        </div>
        <div className="gpu-setting-source">
          <p>
            <span className="badge warn">{t('unconfirmed.short')}</span> {t('settings.billingUnitExplain')}
          </p>
          <p className="muted gpu-small">
            {BILLING_UNIT_LABELS[s.billingUnit][locale]}. {t('settings.source', { source: urlsOf(BILLING_UNIT_SOURCE) })} ·{' '}
            {t('settings.default', { value: t(`billingUnitOption.${view.defaults.billingUnit}`) })}
          </p>
        </div>
      </div>
      {row('pue', (
        <NumberField label={t('setting.pue.label')} value={s.pue} min={1} max={3} onSave={(v) => save({ pue: v })} testId="gpu-pue" />
      ))}
      <div className="gpu-setting-row">
        <div className="gpu-setting-input">
          <SelectField<CarbonBasis>
            label={t('settings.carbonBasis')}
            value={s.carbonBasis}
            options={CARBON_BASES.map((b) => ({ value: b, label: t(`carbonBasisOption.${b}`) }))}
            onSave={(carbonBasis) => save({ carbonBasis })}
            testId="gpu-carbon-basis"
          />
        </div>
        <div className="gpu-setting-source">
          <p>{t('settings.carbonBasisExplain')}</p>
        </div>
      </div>
      {row(carbonKey, (
        <NumberField
          key={carbonKey}
          label={t('setting.carbonIntensity.label')}
          value={s[carbonKey]}
          max={2000}
          suffix="g CO2e/kWh"
          onSave={(v) => save({ [carbonKey]: v })}
          testId="gpu-carbon"
        />
      ))}
      {row('cashbackRate', (
        <NumberField label={t('setting.cashbackRate.label')} value={s.cashbackRate} percent max={100} onSave={(v) => save({ cashbackRate: v })} testId="gpu-cashback" />
      ))}
      {view.updatedAt && <p className="muted gpu-small">{t('settings.changedAt', { date: formatDate(view.updatedAt, locale) })}</p>}
    </fieldset>
  );
}
