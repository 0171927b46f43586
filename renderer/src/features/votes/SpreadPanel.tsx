/**
 * The spread of one question beside the agreed answer (presenter, after "Reveal"): a bar per
 * level with its count (checklists: the share of the room ticking each option), N/A, don't know,
 * median and range, and "discuss" when the flag rule of shared/domain/spread.ts holds.
 * The agreed answer is still given with the usual keys; this panel only informs it.
 */
import { useTranslation } from 'react-i18next';
import type { ItemSpread } from '@shared/contract/votes';
import type { Item } from '@shared/reference/instrument/types';
import { formatNumber, formatPercent } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';
import { barHeights } from './spread-model';
import './votes.css';

export function SpreadPanel({ item, spread }: { item: Item; spread: ItemSpread | undefined }) {
  const { t } = useTranslation('votes');
  const locale = useLocale();
  if (!spread || spread.voters === 0) {
    return (
      <section className="feature-votes spread-panel spread-empty" data-testid="spread-panel" data-voters="0">
        {t('ui.spread.none')}
      </section>
    );
  }
  const heights = barHeights(spread.counts);
  return (
    <section
      className={`feature-votes spread-panel${spread.disagreement ? ' flagged' : ''}`}
      data-testid="spread-panel"
      data-voters={spread.voters}
      aria-label={t('ui.spread.title', { count: spread.voters })}
    >
      <p className="spread-head">
        <strong>{t('ui.spread.title', { count: spread.voters })}</strong>
        {spread.disagreement && (
          <span className="spread-flag" data-testid="spread-flag">
            ⚑ {t('ui.spread.discuss')}
          </span>
        )}
      </p>
      {item.format.kind === 'scale' ? (
        <ol className="spread-bars" data-testid="spread-bars">
          {spread.counts.map((count, level) => (
            <li key={level} data-testid={`spread-level-${level}`} data-count={count} aria-label={t('ui.spread.levelCount', { level, count })}>
              <span className="bar-track" aria-hidden="true">
                <span className="bar" style={{ height: `${heights[level]}%` }} />
              </span>
              <span className="bar-count" aria-hidden="true">{count}</span>
              <span className="bar-level" aria-hidden="true">{level}</span>
            </li>
          ))}
        </ol>
      ) : (
        <ul className="spread-options" data-testid="spread-options">
          {/* By the option's number on its card above (the labels are on screen already): stays one line on a projector. */}
          {item.format.options.map((option, index) => {
            const share = formatPercent(spread.optionShares[option.id] ?? 0, locale);
            return (
              <li key={option.id} data-option={option.id} aria-label={`${option.label[locale]}: ${share}`} title={option.label[locale]}>
                <span className="option-num" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="option-share" aria-hidden="true">
                  {share}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="spread-figures">
        <span data-testid="spread-na">{t('ui.spread.na', { count: spread.notApplicable })}</span>
        <span data-testid="spread-unknown">{t('ui.spread.unknown', { count: spread.unknown })}</span>
        {spread.kind === 'scale' && (
          <>
            <span data-testid="spread-median">{t('ui.spread.median', { value: formatNumber(spread.median, locale, 1) })}</span>
            <span data-testid="spread-range">{t('ui.spread.range', { value: formatNumber(spread.range, locale, 0) })}</span>
          </>
        )}
      </p>
    </section>
  );
}
