/** Small pieces shared by the scenario editor, the comparison and Settings: badges, sources, errors. */
import { useTranslation } from 'react-i18next';
import type { Scheme, SchemeSource } from '@shared/reference/schemes/types';
import { isAllowedExternalUrl } from '@shared/security';
import { formatDate } from '@shared/format';
import { ApiError } from '@renderer/lib/api';
import { problemsOf, useErrorMessage } from '@renderer/lib/api-errors';
import { useLocale } from '@renderer/lib/use-locale';
import { fieldLabel } from './funding-text';

/** "Unconfirmed" when the scheme or one of its figures is not backed by an official page. */
export function isUnconfirmed(scheme: Scheme): boolean {
  return !scheme.confirmed || (scheme.unconfirmedFields?.length ?? 0) > 0;
}

export function SchemeBadges({ scheme, overridden }: { scheme: Scheme; overridden?: boolean }) {
  const { t } = useTranslation('funding');
  const fields = scheme.unconfirmedFields ?? [];
  const title = !scheme.confirmed
    ? t('badge.unconfirmedScheme')
    : t('badge.unconfirmedFields', { fields: fields.map((f) => fieldLabel(f, t)).join(', ') });
  return (
    <>
      {isUnconfirmed(scheme) && (
        <span className="badge warn" title={title} data-testid="badge-unconfirmed">
          {scheme.confirmed ? t('badge.partlyUnconfirmed') : t('badge.unconfirmed')}
        </span>
      )}
      {overridden && <span className="badge edited">{t('badge.edited', { revision: scheme.revision })}</span>}
    </>
  );
}

function SourceLink({ source }: { source: SchemeSource }) {
  // A source read through a copy has no URL: its title says so.
  if (!source.url) return <span>{source.title}</span>;
  // Only hosts on the allow-list open (in the system browser); anything else is shown as text.
  if (!isAllowedExternalUrl(source.url)) {
    return (
      <span>
        {source.title} <span className="mono">{source.url}</span>
      </span>
    );
  }
  return (
    <a href={source.url} target="_blank" rel="noreferrer noopener">
      {source.title}
    </a>
  );
}

export function SchemeSources({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  return (
    <div className="scheme-sources">
      <span className="muted">
        {t('sources.label')} ({t('sources.checked', { date: formatDate(scheme.lastChecked, locale) })}) · {scheme.legalBasis}
      </span>
      <ul>
        {[scheme.source, ...(scheme.extraSources ?? [])].map((s) => (
          <li key={s.url ?? s.title}>
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Error messages for the funding screens: which field, in words, and why. */
export function useFundingError() {
  const { t, i18n } = useTranslation('funding');
  const generic = useErrorMessage();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return generic(error);
    if (i18n.exists(`funding:errors.${error.code}`)) return t(`errors.${error.code}`);
    const fields = problemsOf(error);
    if (fields.length === 0) return generic(error);
    return fields
      .map((f) => {
        const segments = f.path.split('.').filter((s) => s && !/^\d+$/.test(s));
        const known = [...segments].reverse().find((s) => i18n.exists(`funding:input.${s}`));
        const label = known ? t(`input.${known}`) : '';
        const why = i18n.exists(`funding:errors.field.${f.code}`)
          ? t(`errors.field.${f.code}`)
          : t(`errors:zod.${f.code}`, { defaultValue: t('errors:invalid_input') });
        return label ? t('errors.fieldProblem', { label, why }) : why;
      })
      .join(' · ');
  };
}
