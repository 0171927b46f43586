/**
 * What the projector shows for one step of the workshop: a question with its level cards (or
 * checklist), or the target of a dimension. Big type, high contrast; every card is a button too,
 * but the advisor drives it from the keyboard (digits, N, ?, E, arrows).
 */
import { useTranslation } from 'react-i18next';
import type { Answer, AssessmentScore } from '../../../../shared/domain/scoring';
import { MATURITY_LEVELS, levelOf, targetFromLevel } from '../../../../shared/domain/scoring';
import type { Dimension, Item } from '../../../../shared/reference/instrument/types';
import { useLocale } from '../../lib/use-locale';
import { levelMeaning, levelName, loc, scoreText, stateOf } from './check-text';

/** Target levels offered: the lower bound of Adopted … Optimized (keys 1–4 → 20, 40, 60, 80). */
export const TARGET_KEYS = [1, 2, 3, 4] as const;

interface ItemStageProps {
  item: Item;
  number: number;
  total: number;
  dimension: Dimension;
  answer: Answer | undefined;
  hasNote: boolean;
  readOnly: boolean;
  onLevel: (level: number) => void;
  onToggleOption: (index: number) => void;
  onNone: () => void;
  onNotApplicable: () => void;
  onUnknown: () => void;
  onNote: () => void;
}

export function ItemStage(p: ItemStageProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const state = stateOf(p.item, p.answer);
  const format = p.item.format;
  return (
    <article className="stage" data-testid="item-stage" data-item={p.item.id} data-state={state}>
      <p className="stage-kicker">
        <span className="stage-dimension">{loc(p.dimension.title, locale)}</span>
        <span className="stage-count">{t('presenter.questionOf', { number: p.number, total: p.total })}</span>
      </p>
      <h1 className="stage-question" data-testid="question">
        {loc(p.item.question, locale)}
      </h1>
      <p className="stage-help">
        <span className="stage-help-label">{t('presenter.whyWeAsk')}</span> {loc(p.item.help, locale)}
      </p>

      {format.kind === 'scale' ? (
        <div className="level-cards" role="group" aria-label={t('presenter.levels')}>
          {format.levels.map((text, level) => {
            const selected = state === 'answered' && p.answer?.level === level;
            return (
              <button
                type="button"
                key={level}
                className={selected ? 'level-card selected' : 'level-card'}
                aria-pressed={selected}
                disabled={p.readOnly}
                onClick={() => p.onLevel(level)}
                data-testid={`level-${level}`}
              >
                <span className="level-digit" aria-hidden="true">
                  {level}
                </span>
                <span className="level-text">{loc(text, locale)}</span>
              </button>
            );
          })}
        </div>
      ) : (
        <div className="checklist" role="group" aria-label={t('presenter.checklist')}>
          {format.options.map((option, index) => {
            const checked = state === 'answered' && (p.answer?.checked ?? []).includes(option.id);
            return (
              <button
                type="button"
                key={option.id}
                className={checked ? 'check-option checked' : 'check-option'}
                aria-pressed={checked}
                disabled={p.readOnly}
                onClick={() => p.onToggleOption(index)}
                data-testid={`option-${index + 1}`}
              >
                <span className="level-digit" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="check-box" aria-hidden="true">
                  {checked ? '✓' : ''}
                </span>
                <span className="level-text">{loc(option.label, locale)}</span>
              </button>
            );
          })}
          <button
            type="button"
            className={state === 'answered' && p.answer?.checked?.length === 0 ? 'check-option none checked' : 'check-option none'}
            aria-pressed={state === 'answered' && p.answer?.checked?.length === 0}
            disabled={p.readOnly}
            onClick={p.onNone}
            data-testid="option-none"
          >
            <span className="level-digit" aria-hidden="true">
              0
            </span>
            <span className="level-text">{t('presenter.noneInPlace')}</span>
          </button>
        </div>
      )}

      <div className="stage-flags">
        <button
          type="button"
          className={state === 'notApplicable' ? 'flag selected' : 'flag'}
          aria-pressed={state === 'notApplicable'}
          disabled={p.readOnly}
          onClick={p.onNotApplicable}
          data-testid="flag-na"
        >
          <kbd>N</kbd> {t('answer.notApplicable')}
        </button>
        <button
          type="button"
          className={state === 'unknown' ? 'flag selected' : 'flag'}
          aria-pressed={state === 'unknown'}
          disabled={p.readOnly}
          onClick={p.onUnknown}
          data-testid="flag-unknown"
        >
          <kbd>?</kbd> {t('answer.unknown')}
        </button>
        <button type="button" className={p.hasNote ? 'flag has-note' : 'flag'} onClick={p.onNote} data-testid="open-note">
          <kbd>E</kbd> {p.hasNote ? t('note.edit') : t('note.add')}
        </button>
      </div>
    </article>
  );
}

interface TargetStageProps {
  dimension: Dimension;
  dimensionNumber: number;
  dimensionCount: number;
  target: number | undefined;
  result: AssessmentScore;
  readOnly: boolean;
  onTarget: (target: number | null) => void;
}

export function TargetStage(p: TargetStageProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const row = p.result.dimensions.find((d) => d.id === p.dimension.id);
  const score = row?.score ?? null;
  return (
    <article className="stage target-stage" data-testid="target-stage" data-dimension={p.dimension.id}>
      <p className="stage-kicker">
        <span className="stage-dimension">{loc(p.dimension.title, locale)}</span>
        <span className="stage-count">{t('presenter.dimensionOf', { number: p.dimensionNumber, total: p.dimensionCount })}</span>
      </p>
      <h1 className="stage-question">{t('target.question', { dimension: loc(p.dimension.title, locale) })}</h1>
      <p className="stage-help">
        {score === null
          ? t('target.noScoreYet')
          : t('target.today', { score: scoreText(score, locale), level: levelName(t, levelOf(score)) })}
      </p>
      <div className="level-cards target-cards" role="group" aria-label={t('target.levels')}>
        {TARGET_KEYS.map((key) => {
          const value = targetFromLevel(key);
          const level = MATURITY_LEVELS[key];
          const selected = p.target === value;
          return (
            <button
              type="button"
              key={key}
              className={selected ? 'level-card selected' : 'level-card'}
              aria-pressed={selected}
              disabled={p.readOnly}
              onClick={() => p.onTarget(selected ? null : value)}
              data-testid={`target-${key}`}
            >
              <span className="level-digit" aria-hidden="true">
                {key}
              </span>
              <span className="level-text">
                <strong className="target-name">
                  {levelName(t, level)} <span className="target-value">({t('target.atLeast', { score: value })})</span>
                </strong>
                {levelMeaning(t, level)}
              </span>
            </button>
          );
        })}
      </div>
      <p className="stage-help muted">{t('target.hint')}</p>
    </article>
  );
}
