/**
 * All questions of the check by dimension, with what each one got: answered (and the level),
 * not applicable, don't know, or still open; plus each dimension's target. A click (or Enter on
 * a focused cell) jumps there.
 */
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerCounts } from '@shared/domain/scoring';
import { levelOf } from '@shared/domain/scoring';
import type { DimensionId, Instrument } from '@shared/reference/instrument/types';
import { targetStepId } from '@shared/domain/assessment-flow';
import { useLocale } from '@renderer/lib/use-locale';
import { levelName, loc, shortAnswer, stateOf } from '@renderer/lib/check-text';

interface OverviewGridProps {
  instrument: Instrument;
  answers: Map<string, Answer>;
  targets: Partial<Record<DimensionId, number>>;
  counts: AnswerCounts;
  currentStep: string;
  itemNumbers: Map<string, number>;
  onJump: (stepId: string) => void;
}

export function OverviewGrid({ instrument, answers, targets, counts, currentStep, itemNumbers, onJump }: OverviewGridProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const dimensions = [...instrument.dimensions].sort((a, b) => a.order - b.order);
  return (
    <section className="overview" data-testid="overview-grid" aria-label={t('grid.title')}>
      <div className="overview-head">
        <h1>{t('grid.title')}</h1>
        <ul className="overview-legend">
          <li className="cell-answered">
            <span className="swatch" /> {t('grid.answered', { count: counts.answered })}
          </li>
          <li className="cell-notApplicable">
            <span className="swatch" /> {t('grid.notApplicable', { count: counts.notApplicable })}
          </li>
          <li className="cell-unknown">
            <span className="swatch" /> {t('grid.unknown', { count: counts.unknown })}
          </li>
          <li className="cell-unanswered">
            <span className="swatch" /> {t('grid.unanswered', { count: counts.unanswered })}
          </li>
        </ul>
      </div>
      <div className="overview-columns">
        {dimensions.map((dimension) => {
          const target = targets[dimension.id];
          const targetStep = targetStepId(dimension.id);
          return (
            <div className="overview-column" key={dimension.id} data-dimension={dimension.id}>
              <h2>{loc(dimension.title, locale)}</h2>
              {instrument.items
                .filter((item) => item.dimensionId === dimension.id)
                .map((item) => {
                  const answer = answers.get(item.id);
                  const state = stateOf(item, answer);
                  return (
                    <button
                      type="button"
                      key={item.id}
                      className={`overview-cell cell-${state}${currentStep === item.id ? ' current' : ''}`}
                      onClick={() => onJump(item.id)}
                      data-testid={`cell-${item.id}`}
                      data-state={state}
                      title={loc(item.question, locale)}
                      aria-label={`${itemNumbers.get(item.id)}. ${loc(item.question, locale)} — ${t(`grid.state.${state}`)}`}
                    >
                      <span className="cell-number">{itemNumbers.get(item.id)}</span>
                      <span className="cell-question">{loc(item.question, locale)}</span>
                      <span className="cell-value">{shortAnswer(t, item, answer)}</span>
                    </button>
                  );
                })}
              <button
                type="button"
                className={`overview-cell cell-target${target !== undefined ? ' has-target' : ''}${currentStep === targetStep ? ' current' : ''}`}
                onClick={() => onJump(targetStep)}
                data-testid={`cell-${targetStep}`}
              >
                <span className="cell-number">◎</span>
                <span className="cell-question">
                  {target !== undefined
                    ? t('grid.target', { level: levelName(t, levelOf(target)) })
                    : t('grid.noTarget')}
                </span>
              </button>
            </div>
          );
        })}
      </div>
      <p className="overview-hint">{t('grid.hint')}</p>
    </section>
  );
}
