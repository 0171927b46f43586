/**
 * What the projector shows for one step of the workshop: a question with its level cards (or
 * checklist), or the target of a dimension. Big type, high contrast; every card is a button too,
 * but the advisor drives it from the keyboard (digits, N, X, E, arrows; ? opens the help).
 * In a follow-up, last time's answer is named in the kicker and marked on its card.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Answer, AssessmentScore } from '@shared/domain/scoring';
import { MATURITY_LEVELS, levelOf, targetFromLevel } from '@shared/domain/scoring';
import type { AnswerRules, Dimension, Item } from '@shared/reference/instrument/types';
import { useLocale } from '@renderer/lib/use-locale';
import { formatDate } from '@shared/format';
import { levelMeaning, levelName, loc, scoreText, stateOf } from '@renderer/lib/check-text';

/** Target levels offered: the lower bound of Adopted … Optimized (keys 1–4 → 20, 40, 60, 80). */
export const TARGET_KEYS = [1, 2, 3, 4] as const;

/** Checklist options reachable with the digit keys 1–9 (more are clicked). */
export const checklistKeyCount = (item: Item): number => (item.format.kind === 'checklist' ? Math.min(9, item.format.options.length) : 0);

/** Last time's answer in words: "level 3", "2 of 6 in place", "not applicable", "don't know", "no answer". */
function previousText(t: TFunction, item: Item, answer: Answer | undefined): string {
  const state = stateOf(item, answer);
  if (state === 'notApplicable') return t('answer.notApplicable');
  if (state === 'unknown') return t('answer.unknown');
  if (state === 'unanswered' || !answer) return t('presenter.previousNone');
  if (item.format.kind === 'scale') return t('presenter.previousLevel', { level: answer.level });
  return t('presenter.previousChecked', { count: answer.checked?.length ?? 0, total: item.format.options.length });
}

interface ItemStageProps {
  item: Item;
  number: number;
  total: number;
  dimension: Dimension;
  answer: Answer | undefined;
  /** Follow-up only: the date of the earlier check and its answer to this question (if any). */
  previous: { heldOn: string; answer: Answer | undefined } | null;
  hasNote: boolean;
  readOnly: boolean;
  onLevel: (level: number) => void;
  onToggleOption: (index: number) => void;
  onNone: () => void;
  onNotApplicable: () => void;
  onUnknown: () => void;
  onNote: () => void;
  /** Shown under the answers: the participants' spread once revealed (features/votes). */
  aside?: ReactNode;
}

export function ItemStage(p: ItemStageProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const state = stateOf(p.item, p.answer);
  const format = p.item.format;
  const before = p.previous && stateOf(p.item, p.previous.answer) === 'answered' ? p.previous.answer : undefined;
  const wasLevel = (level: number) => before?.level === level;
  const wasChecked = (id: string) => (before?.checked ?? []).includes(id);
  const lastTime = (
    <span className="was-tag" aria-hidden="true">
      {t('presenter.previousTag')}
    </span>
  );
  return (
    <article className="stage" data-testid="item-stage" data-item={p.item.id} data-state={state}>
      <p className="stage-kicker">
        <span className="stage-dimension">{loc(p.dimension.title, locale)}</span>
        {p.previous && (
          <span className="stage-previous" data-testid="previous-answer">
            {t('presenter.previous', { date: formatDate(p.previous.heldOn, locale), answer: previousText(t, p.item, p.previous.answer) })}
          </span>
        )}
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
                className={`level-card${selected ? ' selected' : ''}${wasLevel(level) ? ' was' : ''}`}
                aria-pressed={selected}
                disabled={p.readOnly}
                onClick={() => p.onLevel(level)}
                data-testid={`level-${level}`}
              >
                <span className="level-digit" aria-hidden="true">
                  {level}
                </span>
                <span className="level-text">{loc(text, locale)}</span>
                {wasLevel(level) && lastTime}
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
                className={`check-option${checked ? ' checked' : ''}${wasChecked(option.id) ? ' was' : ''}`}
                aria-pressed={checked}
                disabled={p.readOnly}
                onClick={() => p.onToggleOption(index)}
                data-testid={`option-${index + 1}`}
              >
                <span className="level-digit" aria-hidden="true">
                  {index < 9 ? index + 1 : ''}
                </span>
                <span className="check-box" aria-hidden="true">
                  {checked ? '✓' : ''}
                </span>
                <span className="level-text">{loc(option.label, locale)}</span>
                {wasChecked(option.id) && lastTime}
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

      {p.aside}

      <div className="stage-flags">
        <FlagButton selected={state === 'notApplicable'} disabled={p.readOnly} onClick={p.onNotApplicable} shortcut="N" label={t('answer.notApplicable')} testId="flag-na" />
        <FlagButton selected={state === 'unknown'} disabled={p.readOnly} onClick={p.onUnknown} shortcut="X" label={t('answer.unknown')} testId="flag-unknown" />
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

/** The `?` overlay: every key of the workshop and the rule for picking a level. */
/** `rules`: the instrument's own answer rules (from 2026.2); older instruments use the general wording. */
export function HelpOverlay({ onClose, rules }: { onClose: () => void; rules?: AnswerRules }) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const keys: [string, string][] = [
    ['0–5', t('help.digitsScale')],
    ['1–9 · 0', t('help.digitsChecklist')],
    ['1–4 · 0', t('help.digitsTarget')],
    ['N', t('help.notApplicable')],
    ['X', t('help.unknown')],
    ['⌫', t('help.clear')],
    ['← →', t('help.move')],
    ['E', t('help.note')],
    ['G', t('help.overview')],
    ['H', t('votes:ui.helpKey')],
    ['?', t('help.help')],
  ];
  return (
    <dialog
      ref={ref}
      className="presenter-help"
      aria-labelledby="presenter-help-title"
      data-testid="help-overlay"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === '?') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id="presenter-help-title">{t('help.title')}</h2>
      <div className="help-columns">
        <section>
          <h3>{t('help.keys')}</h3>
          <dl className="help-keys">
            {keys.map(([key, text]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section data-testid="help-rule">
          <h3>{t('help.ruleTitle')}</h3>
          <ol className="help-rule">
            <li>{rules ? rules.scale[locale] : t('help.rule1')}</li>
            <li>{t('help.rule2')}</li>
            <li>{t('help.rule3')}</li>
            {rules && <li>{rules.checklist[locale]}</li>}
          </ol>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="close-help" autoFocus>
          <kbd>Esc</kbd> {t('help.close')}
        </button>
      </div>
    </dialog>
  );
}

/** "Not applicable" / "Don't know" under a question: a toggle showing its key. */
function FlagButton(p: { selected: boolean; disabled?: boolean; onClick: () => void; shortcut: string; label: string; testId: string }) {
  return (
    <button type="button" className={p.selected ? 'flag selected' : 'flag'} aria-pressed={p.selected} disabled={p.disabled} onClick={p.onClick} data-testid={p.testId}>
      <kbd>{p.shortcut}</kbd> {p.label}
    </button>
  );
}
