/**
 * Links a GPU budget to an initiative of the client's latest roadmap (stored as the initiative's
 * key, which stays the same across roadmap revisions). Without a roadmap the field says so.
 */
import { useTranslation } from 'react-i18next';
import { resolveInitiativeText } from '@shared/domain/roadmap-edit';
import { getCatalogue } from '@shared/reference/catalogue';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { SelectField } from '@renderer/components/fields';
import { LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';

interface Option {
  value: string;
  label: string;
}

export function InitiativeField({ clientId, value, onSave }: { clientId: string; value: string | null; onSave: (v: string | null) => void }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale();
  const { data: options, error, reload } = useLoad(async (): Promise<Option[]> => {
    const list = await call('roadmaps.list', { clientId });
    const latest = [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!latest) return [];
    const view = await call('roadmaps.get', { id: latest.id });
    const catalogue = getCatalogue(view.catalogueVersion);
    // AI initiatives first: they are the ones that need GPU time.
    return [...view.initiatives]
      .sort((a, b) => Number(b.usesAi) - Number(a.usesAi) || a.position - b.position)
      .map((i) => ({ value: i.key, label: resolveInitiativeText(i, catalogue, locale).title }));
  }, [clientId, locale]);

  // A failure is said as one, not as "no roadmap".
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!options) return null;
  const known = value === null || options.some((o) => o.value === value);
  const all: Option[] = [
    { value: '', label: options.length ? t('budget.noInitiative') : t('budget.noRoadmap') },
    ...(known ? [] : [{ value: value!, label: t('budget.initiativeGone') }]),
    ...options,
  ];
  return (
    <SelectField
      label={t('budget.field.initiativeId')}
      value={value ?? ''}
      options={all}
      onSave={(v) => onSave(v === '' ? null : v)}
      hint={t('budget.initiativeHint')}
      testId="budget-initiative"
    />
  );
}
