/**
 * Results: "Where the room disagreed most" (a RESULTS_SLOTS entry), shown only when participants
 * answered on their own: the dimensions with flagged questions (most first), the flagged questions
 * with their distribution, and in a follow-up whether the spread narrowed since the previous
 * check (`votes.compare`, mean range per dimension). The flag rule is stated under the figures;
 * they come from the check's individual answers as stored (shared/domain/spread.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadComparison } from '@shared/contract/votes';
import type { Answer } from '@shared/domain/scoring';
import { DISAGREEMENT } from '@shared/domain/spread';
import { getInstrument } from '@shared/reference/instrument';
import { formatDate, formatNumber, formatPercent } from '@shared/format';
import { call } from '@renderer/lib/api';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText } from '@renderer/components/ErrorText';
import type { ResultsSlotProps } from '@renderer/app/plug-in-props';
import { disagreedMost } from './spread-model';
import { useSpread } from './use-spread';
import './votes.css';

export function DisagreementSlot({ view: results }: ResultsSlotProps) {
  const { t } = useTranslation('votes');
  const locale = useLocale();
  const assessment = results.assessment;
  const { view, error } = useSpread(assessment.id);
  const [comparison, setComparison] = useState<SpreadComparison | null>(null);
  const instrument = useMemo(() => getInstrument(assessment.instrumentVersion), [assessment.instrumentVersion]);
  /** The agreed answers of the results shown: the frozen revision's, or the live draft's. */
  const [agreed, setAgreed] = useState<Map<string, Answer> | null>(null);
  const revision = results.source.kind === 'revision' ? results.source.revision : null;
  useEffect(() => {
    let live = true;
    const load = revision === null ? call('assessments.get', { id: assessment.id }) : call('assessments.snapshot', { id: assessment.id, revision });
    load
      .then((d) => live && setAgreed(new Map(d.answers.map((a) => [a.itemId, a]))))
      .catch(() => live && setAgreed(null)); // the column then shows "—" rather than a guess
    return () => void (live = false);
  }, [assessment.id, revision]);

  useEffect(() => {
    if (!assessment.previousId) return;
    let live = true;
    call('votes.compare', { assessmentId: assessment.id })
      .then((c) => live && setComparison(c))
      .catch(() => live && setComparison(null)); // the comparison is an extra: the rest of the section stands without it
    return () => void (live = false);
  }, [assessment.id, assessment.previousId]);

  if (error) return <ErrorText error={error} />;
  if (!view || view.voters.length === 0) return null;

  const most = disagreedMost(view, instrument);
  const title = (dimensionId: string) => instrument.dimensions.find((d) => d.id === dimensionId)?.title[locale] ?? dimensionId;
  const itemOf = (itemId: string) => instrument.items.find((i) => i.id === itemId);
  const itemNumber = new Map(instrument.items.map((item, i) => [item.id, i + 1]));
  const named = view.voters.filter((v) => !v.anonymous).length;
  const changes = (comparison?.dimensions ?? []).filter((c) => c.before !== null || c.after !== null);
  const agreedText = (answer: Answer | undefined, item: (typeof instrument.items)[number] | undefined): string => {
    if (!agreed) return '—';
    if (!answer) return t('ui.results.agreedNone');
    if (answer.notApplicable) return t('assessment:answer.notApplicable');
    if (answer.unknown) return t('assessment:answer.unknown');
    if (answer.level !== null && answer.level !== undefined) return t('ui.results.agreedLevel', { level: answer.level });
    if (answer.checked && item?.format.kind === 'checklist') return t('ui.results.agreedChecked', { count: answer.checked.length, total: item.format.options.length });
    return t('ui.results.agreedNone');
  };

  return (
    <section className="feature-votes card disagreement" data-testid="disagreement" aria-labelledby="disagreement-title">
      <h2 id="disagreement-title">{t('ui.results.title')}</h2>
      <p className="muted">{t('ui.results.who', { count: view.voters.length, named, anonymous: view.voters.length - named })}</p>
      {most.dimensions.length === 0 ? (
        <p data-testid="disagreement-none">{t('ui.results.none')}</p>
      ) : (
        <>
          <ol className="disagreement-dimensions" data-testid="disagreement-dimensions">
            {most.dimensions.map((d) => (
              <li key={d.dimensionId} data-dimension={d.dimensionId}>
                <strong>{title(d.dimensionId)}</strong> — {t('ui.results.flagged', { flagged: d.flaggedItems, items: d.items })}
                {d.meanRange !== null && <span className="muted"> · {t('ui.results.meanRange', { value: formatNumber(d.meanRange, locale, 1) })}</span>}
              </li>
            ))}
          </ol>
          <h3>{t('ui.results.questions')}</h3>
          <table className="disagreement-items" data-testid="disagreement-items">
            <thead>
              <tr>
                <th scope="col">{t('ui.results.question')}</th>
                <th scope="col">{t('ui.results.distribution')}</th>
                <th scope="col" className="num">{t('ui.results.median')}</th>
                <th scope="col" className="num">{t('ui.results.range')}</th>
                <th scope="col">{t('ui.results.agreed')}</th>
              </tr>
            </thead>
            <tbody>
              {most.items.map((s) => {
                const item = itemOf(s.itemId);
                const distribution =
                  s.kind === 'scale'
                    ? s.counts.map((c, level) => (c > 0 ? t('ui.results.levelCount', { level, count: c }) : null)).filter(Boolean).join(' · ')
                    : Object.entries(s.optionShares)
                        .filter(([, share]) => share > 0) // options nobody ticked add nothing to the discussion (as in the report)
                        .map(([id, share]) => {
                          const option = item?.format.kind === 'checklist' ? item.format.options.find((o) => o.id === id) : undefined;
                          return `${option?.label[locale] ?? id} ${formatPercent(share, locale)}`;
                        })
                        .join(' · ');
                const extra = [s.notApplicable > 0 ? t('ui.spread.na', { count: s.notApplicable }) : null, s.unknown > 0 ? t('ui.spread.unknown', { count: s.unknown }) : null].filter(Boolean);
                return (
                  <tr key={s.itemId} data-item={s.itemId}>
                    <th scope="row">
                      {itemNumber.get(s.itemId)}. {item?.question[locale] ?? s.itemId}
                    </th>
                    <td>{[distribution, ...extra].filter(Boolean).join(' · ') || '—'}</td>
                    <td className="num">{formatNumber(s.median, locale, 1)}</td>
                    <td className="num">{formatNumber(s.range, locale, 0)}</td>
                    <td data-testid="agreed">{agreedText(agreed?.get(s.itemId), item)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {changes.length > 0 && (
        <>
          <h3>{t('ui.results.sincePrevious')}</h3>
          <ul className="disagreement-changes" data-testid="spread-changes">
            {changes.map((c) => (
              <li key={c.dimensionId} data-dimension={c.dimensionId} data-narrowed={String(c.narrowed)}>
                {t('ui.results.change', { dimension: title(c.dimensionId), before: formatNumber(c.before, locale, 1), after: formatNumber(c.after, locale, 1) })}{' '}
                <strong>{c.narrowed === null ? '' : c.narrowed ? t('ui.results.narrowed') : c.before === c.after ? t('ui.results.same') : t('ui.results.widened')}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small-print">
        {t('ui.results.rule', {
          date: formatDate(assessment.heldOn, locale),
          min: DISAGREEMENT.minVoters,
          range: DISAGREEMENT.scaleRange,
          iqr: DISAGREEMENT.scaleIqr,
        })}
      </p>
    </section>
  );
}
