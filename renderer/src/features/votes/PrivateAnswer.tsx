/**
 * Round the table, one participant's private view: the questions of the hand-over one at a time,
 * their own answers only (loaded with `votes.ofVoter` so they can correct them), never anyone
 * else's and no spread. Each answer is saved at once. "Pass on" clears the screen for the next.
 * Keys: 0–5 a level (checklists: 1–9 tick, 0 none in place) · N not applicable · X don't know ·
 * ← → move between the questions.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Voter, VoteInput } from '@shared/contract/votes';
import type { Instrument } from '@shared/reference/instrument/types';
import { call } from '@renderer/lib/api';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { displayName } from '@renderer/lib/display-text';

type Answer = Pick<VoteInput, 'level' | 'checked' | 'notApplicable' | 'unknown'>;

interface Props {
  assessmentId: string;
  voter: Voter;
  itemIds: string[];
  instrument: Instrument;
  onPassOn: () => void;
}

export function PrivateAnswer({ assessmentId, voter, itemIds, instrument, onPassOn }: Props) {
  const { t } = useTranslation('votes');
  const locale = useLocale();
  const [answers, setAnswers] = useState<Map<string, Answer> | null>(null);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<unknown>(null);
  // One write after the other: two quick keys on the same question must reach the database in order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const box = useRef<HTMLDivElement>(null);

  // This participant's answers so far; the screen then keeps its own copy, changed at once by each key.
  const stored = useLoad(
    () => call('votes.ofVoter', { assessmentId, voterId: voter.id }).then((votes) => new Map<string, Answer>(votes.map((v) => [v.itemId, v]))),
    [assessmentId, voter.id],
  );
  useEffect(() => {
    if (stored.data) setAnswers(stored.data);
  }, [stored.data]);

  // The keys work at once for the participant handed the laptop: the view takes the focus when it shows.
  const loaded = answers !== null;
  useEffect(() => {
    if (loaded) box.current?.focus();
  }, [loaded, voter.id]);

  const item = instrument.items.find((i) => i.id === itemIds[index]);
  const current = item ? answers?.get(item.id) : undefined;

  const save = useCallback(
    (itemId: string, answer: Answer) => {
      setAnswers((m) => new Map(m ?? []).set(itemId, answer));
      setError(null);
      const write = queue.current.then(() => call('votes.save', { assessmentId, voterId: voter.id, itemId, ...answer }));
      // The queue only orders the writes; the failure is shown by the line below.
      queue.current = write.catch(() => undefined);
      trackSave(() => write).catch((e: unknown) => setError(e));
    },
    [assessmentId, voter.id],
  );

  if (stored.error) return <LoadError error={stored.error} onRetry={stored.reload} />;
  if (!answers || !item) return error ? <ErrorText error={error} /> : <p className="loading">{t('common:loading')}</p>;
  const format = item.format;
  const answered = (a: Answer | undefined) => !!a && (a.notApplicable || a.unknown || a.level !== null || a.checked !== null);
  const checked = current && !current.notApplicable && !current.unknown ? (current.checked ?? null) : null;
  const level = current && !current.notApplicable && !current.unknown ? current.level : null;

  const pick = (l: number) => save(item.id, { level: l, checked: null, notApplicable: false, unknown: false });
  const toggle = (optionId: string) => {
    const base = checked ?? [];
    save(item.id, { level: null, checked: base.includes(optionId) ? base.filter((x) => x !== optionId) : [...base, optionId], notApplicable: false, unknown: false });
  };
  const none = () => save(item.id, { level: null, checked: [], notApplicable: false, unknown: false });
  const flag = (which: 'notApplicable' | 'unknown') =>
    save(item.id, { level: null, checked: null, notApplicable: which === 'notApplicable', unknown: which === 'unknown' });
  const move = (delta: number) => setIndex((i) => Math.max(0, Math.min(itemIds.length - 1, i + delta)));
  const done = itemIds.filter((id) => answered(answers.get(id))).length;

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key;
    const digit = /^[0-9]$/.test(key) ? Number(key) : null;
    if (key === 'ArrowRight' || key === 'PageDown') move(1);
    else if (key === 'ArrowLeft' || key === 'PageUp') move(-1);
    else if (key === 'n' || key === 'N') flag('notApplicable');
    else if (key === 'x' || key === 'X') flag('unknown');
    else if (digit !== null && format.kind === 'scale' && digit <= 5) pick(digit);
    else if (digit === 0 && format.kind === 'checklist') none();
    else if (digit !== null && format.kind === 'checklist' && format.options[digit - 1]) toggle(format.options[digit - 1].id);
    else return;
    e.preventDefault();
  };

  return (
    <div className="private-view" ref={box} tabIndex={-1} data-testid="private-view" data-voter={voter.id} data-item={item.id} onKeyDown={onKeyDown}>
      <p className="private-who">
        <strong data-testid="private-who">{t('ui.private.title', { name: displayName(voter.label, '—') })}</strong>
        <span>{t('ui.private.hidden')}</span>
      </p>
      <p className="private-count">
        {t('ui.private.questionOf', { number: index + 1, total: itemIds.length })} · {t('ui.answeredOf', { done, total: itemIds.length })}
      </p>
      <h3 className="private-question" data-testid="private-question">
        {item.question[locale]}
      </h3>
      {format.kind === 'scale' ? (
        <div className="private-choices" role="group" aria-label={t('ui.private.levels')}>
          {format.levels.map((text, l) => (
            <button type="button" key={l} className={level === l ? 'choice selected' : 'choice'} aria-pressed={level === l} onClick={() => pick(l)} data-testid={`vote-level-${l}`}>
              <span className="choice-digit" aria-hidden="true">
                {l}
              </span>
              <span>{text[locale]}</span>
            </button>
          ))}
        </div>
      ) : (
        <div className="private-choices" role="group" aria-label={t('ui.private.options')}>
          {format.options.map((option, i) => {
            const on = (checked ?? []).includes(option.id);
            return (
              <button type="button" key={option.id} className={on ? 'choice selected' : 'choice'} aria-pressed={on} onClick={() => toggle(option.id)} data-testid={`vote-option-${i + 1}`}>
                <span className="choice-digit" aria-hidden="true">
                  {i < 9 ? i + 1 : ''}
                </span>
                <span>{option.label[locale]}</span>
              </button>
            );
          })}
          <button type="button" className={checked?.length === 0 ? 'choice selected' : 'choice'} aria-pressed={checked?.length === 0} onClick={none} data-testid="vote-option-none">
            <span className="choice-digit" aria-hidden="true">
              0
            </span>
            <span>{t('assessment:presenter.noneInPlace')}</span>
          </button>
        </div>
      )}
      <div className="private-flags">
        <button type="button" className={current?.notApplicable ? 'choice selected' : 'choice'} aria-pressed={!!current?.notApplicable} onClick={() => flag('notApplicable')} data-testid="vote-na">
          <kbd>N</kbd> {t('assessment:answer.notApplicable')}
        </button>
        <button type="button" className={current?.unknown ? 'choice selected' : 'choice'} aria-pressed={!!current?.unknown} onClick={() => flag('unknown')} data-testid="vote-unknown">
          <kbd>X</kbd> {t('assessment:answer.unknown')}
        </button>
      </div>
      {error !== null && <ErrorText error={error} />}
      <div className="private-nav">
        <button type="button" onClick={() => move(-1)} disabled={index === 0} data-testid="vote-prev">
          ← {t('ui.private.previous')}
        </button>
        <span className="private-keys" aria-hidden="true">
          {t(format.kind === 'scale' ? 'ui.private.keysScale' : 'ui.private.keysChecklist')}
        </span>
        <span className="private-go">
          {index < itemIds.length - 1 && (
            <button type="button" onClick={onPassOn} data-testid="pass-on-early">
              {t('ui.private.passOn')}
            </button>
          )}
          {index < itemIds.length - 1 ? (
            <button type="button" className="primary" onClick={() => move(1)} data-testid="vote-next">
              {t('ui.private.next')} →
            </button>
          ) : (
            <button type="button" className="primary" onClick={onPassOn} data-testid="pass-on">
              {t('ui.private.passOn')}
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
