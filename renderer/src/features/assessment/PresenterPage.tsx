/**
 * The presenter view for the projector (route with `fullscreen: true`): one question at a time,
 * the overview grid, the target of each dimension. Keyboard:
 *   0–5 pick a level (checklists: 1–9 toggle an option, 0 = none in place) · N not applicable ·
 *   X don't know · Backspace clears · ←/→ (and a clicker's PageUp/PageDown) move ·
 *   E or Enter opens the note, Escape closes it · G opens/closes the overview grid · ? help.
 * A key that does nothing visible on the current screen (0 on a target, digits in the overview)
 * says what it did or how to get where it works, in a status line.
 * Every change is saved at once and the top bar shows the save state. The position is saved
 * on every move, so reopening the check resumes on the same screen.
 * Projector rule: the page is exactly one screen high; the footer (Back, key line, Next) is
 * always on screen and the stage shrinks its type (`fitStage`) until it fits above it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import { LOCALES, type Locale } from '@shared/locale';
import { scoreAssessment } from '@shared/domain/scoring';
import { stepIndex, workshopSteps } from '@shared/domain/assessment-flow';
import { getInstrument } from '@shared/reference/instrument';
import type { CursorView } from '@shared/contract/assessments';
import { setLanguage } from '@renderer/lib/i18n';
import { navigate } from '@renderer/lib/router';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { ErrorText } from '@renderer/components/ErrorText';
import { LANGUAGE_NAMES } from '@renderer/lib/language-names';
import { useCheckSession } from './use-check-session';
import { HelpOverlay, ItemStage, TargetStage, TARGET_KEYS, checklistKeyCount } from './presenter-stages';
import { OverviewGrid } from './OverviewGrid';
import { fitStage } from './fit-stage';
import { NoteDrawer } from './NoteDrawer';
import { levelName, loc, stateOf } from '@renderer/lib/check-text';
import { MATURITY_LEVELS, targetFromLevel } from '@shared/domain/scoring';
import { formatNumber } from '@shared/format';
import { VotesDialog } from '../votes/VotesDialog';
import { SpreadPanel } from '../votes/SpreadPanel';
import { useSpread } from '../votes/use-spread';
import { useRoomOpen } from '../votes/use-room-open';
import './assessment.css';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function PresenterPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation('assessment');
  const session = useCheckSession(params.id);
  const { detail, client, answers, setAnswer, setNote, setTarget, setPosition } = session;
  const locale = i18n.language as Locale;
  const [index, setIndex] = useState<number | null>(null);
  const [view, setView] = useState<CursorView>('item');
  const [noteOpen, setNoteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  /** Participants' answers (issue 14): the hand-over / room dialog, and the questions whose spread was revealed. */
  const [votesOpen, setVotesOpen] = useState(false);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const spread = useSpread(params.id);
  const roomOpen = useRoomOpen(params.id);
  /** What the last key did when the screen alone would not show it. */
  const [flash, setFlash] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const instrument = useMemo(() => (detail ? getInstrument(detail.instrumentVersion) : null), [detail?.instrumentVersion]);
  const steps = useMemo(() => (instrument ? workshopSteps(instrument) : []), [instrument]);
  const itemNumbers = useMemo(() => new Map((instrument?.items ?? []).map((item, i) => [item.id, i + 1])), [instrument]);
  const dimensions = useMemo(() => (instrument ? [...instrument.dimensions].sort((a, b) => a.order - b.order) : []), [instrument]);
  const result = useMemo(
    () => (instrument && detail ? scoreAssessment(instrument, detail.answers, detail.targets) : null),
    [instrument, detail],
  );

  // Resume where the workshop was, in the workshop's language.
  useEffect(() => {
    if (!detail || index !== null) return;
    setIndex(stepIndex(steps, detail.position.step));
    setView(detail.position.view);
    if (detail.language !== i18n.language) void setLanguage(detail.language);
  }, [detail, steps, index, i18n.language]);

  const readOnly = detail?.status !== 'draft';
  const step = index !== null ? steps[index] : undefined;
  const item = step?.kind === 'item' ? instrument?.items.find((i) => i.id === step.itemId) : undefined;

  const go = useCallback(
    (nextIndex: number, nextView: CursorView = 'item') => {
      const bounded = Math.max(0, Math.min(steps.length - 1, nextIndex));
      setIndex(bounded);
      setView(nextView);
      setNoteOpen(false);
      setFlash(null);
      setPosition(steps[bounded].id, nextView);
    },
    [steps, setPosition],
  );

  const toggleGrid = useCallback(() => {
    if (index === null) return;
    const next: CursorView = view === 'grid' ? 'item' : 'grid';
    setView(next);
    setFlash(null);
    setPosition(steps[index].id, next);
  }, [index, view, steps, setPosition]);

  const answerOf = (itemId: string) => answers.get(itemId);
  const pickLevel = (itemId: string, level: number) => setAnswer(itemId, { level, checked: null, notApplicable: false, unknown: false });
  const toggleOption = (optionIndex: number) => {
    if (!item || item.format.kind !== 'checklist') return;
    const option = item.format.options[optionIndex];
    if (!option) return;
    const current = answerOf(item.id);
    const checked = stateOf(item, current) === 'answered' ? [...(current!.checked ?? [])] : [];
    const next = checked.includes(option.id) ? checked.filter((x) => x !== option.id) : [...checked, option.id];
    setAnswer(item.id, { level: null, checked: next, notApplicable: false, unknown: false });
  };
  const setNone = () => item && setAnswer(item.id, { level: null, checked: [], notApplicable: false, unknown: false });
  const toggleFlag = (flag: 'notApplicable' | 'unknown') => {
    if (!item) return;
    const on = stateOf(item, answerOf(item.id)) === flag;
    setAnswer(item.id, { level: null, checked: null, notApplicable: !on && flag === 'notApplicable', unknown: !on && flag === 'unknown' });
  };
  const clear = () => item && setAnswer(item.id, { level: null, checked: null, notApplicable: false, unknown: false });

  // The keyboard drives the workshop. The handler is swapped in during the commit (layout
  // effect), so a key pressed right after a move always acts on the step now on screen.
  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  useLayoutEffect(() => {
    keyHandler.current = (e: KeyboardEvent) => {
      if (index === null || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || noteOpen || votesOpen) return;
      const key = e.key;
      if (key === '?') return (e.preventDefault(), setHelpOpen((open) => !open));
      if (helpOpen) {
        if (key === 'Escape') return (e.preventDefault(), setHelpOpen(false));
        return;
      }
      if (view === 'grid') {
        if (key === 'g' || key === 'G' || key === 'Escape') {
          e.preventDefault();
          toggleGrid();
        } else if (/^[0-9]$/.test(key)) {
          e.preventDefault();
          setFlash(t('presenter.gridDigits'));
        }
        return;
      }
      const onButton = e.target instanceof HTMLButtonElement;
      if (key === 'ArrowRight' || key === 'PageDown') return (e.preventDefault(), go(index + 1));
      if (key === 'ArrowLeft' || key === 'PageUp') return (e.preventDefault(), go(index - 1));
      if (key === 'g' || key === 'G') return (e.preventDefault(), toggleGrid());
      if (key === 'h' || key === 'H') return (e.preventDefault(), setVotesOpen(true));
      if (step?.kind === 'item' && (key === 'e' || key === 'E' || (key === 'Enter' && !onButton))) return (e.preventDefault(), setNoteOpen(true));
      if (readOnly) return;
      if (step?.kind === 'target') {
        const digit = Number(key);
        const title = loc(dimensions.find((d) => d.id === step.dimensionId)!.title, locale);
        if ((TARGET_KEYS as readonly number[]).includes(digit)) {
          e.preventDefault();
          const value = targetFromLevel(digit);
          setTarget(step.dimensionId, value);
          setFlash(t('presenter.targetSet', { dimension: title, level: levelName(t, MATURITY_LEVELS[digit]), score: formatNumber(value, locale, 0) }));
          return;
        }
        if (key === '0' || key === 'Backspace' || key === 'Delete') {
          e.preventDefault();
          const had = detail?.targets[step.dimensionId] !== undefined;
          setTarget(step.dimensionId, null);
          setFlash(t(had ? 'presenter.targetCleared' : 'presenter.targetNone', { dimension: title }));
        }
        return;
      }
      if (!item) return;
      if (key === 'n' || key === 'N') return (e.preventDefault(), toggleFlag('notApplicable'));
      if (key === 'x' || key === 'X') return (e.preventDefault(), toggleFlag('unknown'));
      if (key === 'Backspace' || key === 'Delete') return (e.preventDefault(), clear());
      if (/^[0-9]$/.test(key)) {
        const digit = Number(key);
        e.preventDefault();
        if (item.format.kind === 'scale') {
          if (digit <= 5) pickLevel(item.id, digit);
        } else if (digit === 0) setNone();
        else toggleOption(digit - 1);
      }
    };
  });

  // Fit the stage to the screen after every change of what it shows, and when the window resizes.
  useLayoutEffect(() => void fitStage(mainRef.current), [index, view, locale, detail, helpOpen, flash, revealed, spread.view]);
  useEffect(() => {
    const refit = () => fitStage(mainRef.current);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, []);

  if (session.error) return <ErrorText error={session.error} />;
  if (!detail || !instrument || !result || index === null || !step) return <p className="loading">{t('common:loading')}</p>;

  const dimension = dimensions.find((d) => d.id === step.dimensionId)!;
  const dimensionNumber = dimensions.indexOf(dimension) + 1;

  const changeLanguage = async (next: Locale) => {
    await setLanguage(next);
    // The workshop's language follows: the check is held (and its report written) in the language spoken.
    if (detail.language !== next) await session.update({ language: next });
  };

  return (
    <div className="feature-assessment presenter" data-testid="presenter" data-step={step.id} data-view={view}>
      <header className="presenter-bar">
        <a className="presenter-exit" href={`#/clients/${detail.clientId}`} data-testid="presenter-exit">
          ← <bdi>{displayName(client?.name, t('presenter.client'))}</bdi>
        </a>
        <span className="presenter-title">{t('title')}</span>
        <div className="presenter-tools">
          <button type="button" onClick={toggleGrid} aria-pressed={view === 'grid'} data-testid="toggle-grid">
            <kbd>G</kbd> {t('presenter.overview')}
          </button>
          <button type="button" onClick={() => setVotesOpen(true)} data-testid="open-votes">
            <kbd>H</kbd> {t('votes:ui.openButton')}
            {roomOpen && (
              <span className="room-live" data-testid="room-live">
                {t('votes:ui.room.live')}
              </span>
            )}
          </button>
          <button type="button" onClick={() => setHelpOpen((open) => !open)} aria-pressed={helpOpen} data-testid="toggle-help">
            <kbd>?</kbd> {t('presenter.help')}
          </button>
          <button type="button" onClick={() => navigate(`/checks/${detail.id}/finalise`)} data-testid="go-finalise">
            {readOnly ? t('presenter.toResults') : t('presenter.finalise')}
          </button>
          <SaveIndicator />
          <select
            aria-label={t('common:language')}
            value={locale}
            onChange={(e) => {
              // Give the keyboard back to the workshop (arrows would otherwise change the language).
              e.currentTarget.blur();
              void changeLanguage(e.target.value as Locale);
            }}
            data-testid="presenter-language"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </header>

      <nav className="step-strip" aria-label={t('presenter.steps')}>
        {steps.map((s, i) => {
          const it = s.kind === 'item' ? instrument.items.find((x) => x.id === s.itemId)! : null;
          const state = it ? stateOf(it, answers.get(it.id)) : detail.targets[s.dimensionId] !== undefined ? 'answered' : 'unanswered';
          const newDimension = i > 0 && steps[i - 1].dimensionId !== s.dimensionId;
          return (
            <button
              type="button"
              tabIndex={-1}
              key={s.id}
              className={`strip-step cell-${state}${s.kind === 'target' ? ' strip-target' : ''}${i === index ? ' current' : ''}${newDimension ? ' gap' : ''}`}
              onClick={() => go(i)}
              aria-label={it ? `${itemNumbers.get(it.id)}. ${loc(it.question, locale)}` : t('target.short', { dimension: loc(instrument.dimensions.find((d) => d.id === s.dimensionId)!.title, locale) })}
              aria-current={i === index ? 'step' : undefined}
            />
          );
        })}
      </nav>

      {readOnly && (
        <div className="presenter-banner" role="status">
          {t('presenter.finalisedBanner', { revision: detail.revision })}
          <button type="button" onClick={() => void session.reopen()} data-testid="reopen">
            {t('presenter.reopen')}
          </button>
        </div>
      )}

      <main className="presenter-main" ref={mainRef}>
        {view === 'grid' ? (
          <OverviewGrid
            instrument={instrument}
            answers={answers}
            targets={detail.targets}
            counts={result.counts}
            currentStep={step.id}
            itemNumbers={itemNumbers}
            onJump={(stepId) => go(stepIndex(steps, stepId))}
          />
        ) : step.kind === 'item' && item ? (
          <ItemStage
            item={item}
            number={itemNumbers.get(item.id)!}
            total={instrument.items.length}
            dimension={dimension}
            answer={answers.get(item.id)}
            previous={detail.previous ? { heldOn: detail.previous.heldOn, answer: detail.previous.answers.find((a) => a.itemId === item.id) } : null}
            hasNote={!!detail.notes[item.id]}
            readOnly={readOnly}
            onLevel={(level) => pickLevel(item.id, level)}
            onToggleOption={toggleOption}
            onNone={setNone}
            onNotApplicable={() => toggleFlag('notApplicable')}
            onUnknown={() => toggleFlag('unknown')}
            onNote={() => setNoteOpen(true)}
            aside={revealed.has(item.id) ? <SpreadPanel item={item} spread={spread.view?.items.find((s) => s.itemId === item.id)} /> : undefined}
          />
        ) : (
          <TargetStage
            dimension={dimension}
            dimensionNumber={dimensionNumber}
            dimensionCount={dimensions.length}
            target={detail.targets[dimension.id]}
            result={result}
            readOnly={readOnly}
            onTarget={(value) => setTarget(dimension.id, value)}
          />
        )}
        {flash && (
          <p className="presenter-flash" role="status" data-testid="presenter-flash">
            {flash}
          </p>
        )}
      </main>

      {view === 'item' && (
        <footer className="presenter-foot">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} data-testid="prev">
            ← {t('common:back')}
          </button>
          <p className="key-hints" aria-hidden="true" data-testid="key-hints">
            {step.kind === 'item'
              ? item?.format.kind === 'checklist'
                ? t('presenter.keysChecklist', { max: checklistKeyCount(item) })
                : t('presenter.keysScale')
              : t('presenter.keysTarget')}
          </p>
          {index < steps.length - 1 ? (
            <button type="button" className="primary" onClick={() => go(index + 1)} data-testid="next">
              {t('common:next')} →
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => navigate(`/checks/${detail.id}/finalise`)} data-testid="next">
              {readOnly ? t('presenter.toResults') : t('presenter.finalise')} →
            </button>
          )}
        </footer>
      )}

      {votesOpen && (
        <VotesDialog
          assessmentId={detail.id}
          instrument={instrument}
          language={detail.language}
          dimensionId={step.dimensionId}
          itemId={item?.id ?? null}
          readOnly={readOnly}
          onClose={() => setVotesOpen(false)}
          onReveal={(itemIds) => {
            setVotesOpen(false);
            setRevealed((was) => new Set([...was, ...itemIds]));
            void spread.reload();
            // Show the first revealed question when the screen is elsewhere (a target step, another dimension).
            if (!item || !itemIds.includes(item.id)) go(stepIndex(steps, steps.find((s) => s.kind === 'item' && s.itemId === itemIds[0])?.id ?? step.id));
          }}
        />
      )}

      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} rules={instrument?.answerRules} />}

      {noteOpen && item && (
        <NoteDrawer
          key={item.id}
          title={`${itemNumbers.get(item.id)}. ${loc(item.question, locale)}`}
          initial={detail.notes[item.id] ?? ''}
          readOnly={readOnly}
          onSave={(text) => setNote(item.id, text)}
          onClose={() => setNoteOpen(false)}
        />
      )}
    </div>
  );
}
