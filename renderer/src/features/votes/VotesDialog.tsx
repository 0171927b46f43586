/**
 * "Participants answer" (presenter, key H): collect each participant's own answer to this
 * question, this dimension or all questions — round the table on this laptop (hand over, the
 * participant answers in private, pass on) or on their own devices (a room with a QR code).
 * "Reveal" closes the dialog and shows the spread beside the agreed answer of those questions.
 * The agreed answer (what scores) is still the advisor's, recorded with the usual keys.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Voter } from '@shared/contract/votes';
import type { Instrument } from '@shared/reference/instrument/types';
import type { Locale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { ErrorText } from '@renderer/components/ErrorText';
import { displayName } from '@renderer/lib/display-text';
import { PrivateAnswer } from './PrivateAnswer';
import { RoomPanel } from './RoomPanel';
import { answeredBy, scopeItemIds, type Scope } from './spread-model';
import { useSpread } from './use-spread';
import './votes.css';

interface Props {
  assessmentId: string;
  instrument: Instrument;
  /** The check's language: anonymous participants are named in it, round-the-table voters answer in it. */
  language: Locale;
  dimensionId: string;
  /** The question on screen; null on a target step (then the scope starts at the dimension). */
  itemId: string | null;
  readOnly: boolean;
  onReveal: (itemIds: string[]) => void;
  onClose: () => void;
}

export function VotesDialog(p: Props) {
  const { t } = useTranslation('votes');
  const ref = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<Scope>(p.itemId ? 'item' : 'dimension');
  const [mode, setMode] = useState<'table' | 'room'>('table');
  const [active, setActive] = useState<Voter | null>(null);
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const { view, reload } = useSpread(p.assessmentId);
  /** While a room is open its questions are fixed: they are what the scope shows and what Reveal reveals. */
  const [roomItemIds, setRoomItemIds] = useState<string[] | null>(null);
  const onRoomItems = useCallback((ids: string[] | null) => setRoomItemIds(ids), []);
  const itemIds = roomItemIds ?? scopeItemIds(p.instrument, p.dimensionId, p.itemId, scope);
  const dimensionCount = scopeItemIds(p.instrument, p.dimensionId, null, 'dimension').length;
  const allCount = p.instrument.items.length;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const add = async (anonymous: boolean) => {
    setError(null);
    try {
      const voter = await call('votes.addVoter', {
        assessmentId: p.assessmentId,
        anonymous,
        channel: 'table',
        language: p.language,
        ...(anonymous ? {} : { label: name.trim() }),
      });
      setName('');
      await reload();
      setActive(voter);
    } catch (e) {
      setError(e);
    }
  };

  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (voterId: string) => {
    setError(null);
    try {
      await call('votes.removeVoter', { assessmentId: p.assessmentId, voterId });
      setRemoving(null);
      await reload();
    } catch (e) {
      setError(e);
    }
  };

  const passOn = () => {
    setActive(null);
    void reload();
    // The next participant starts from the list: the keyboard lands on the name field, not on the page behind.
    requestAnimationFrame(() => nameRef.current?.focus());
  };

  return (
    <dialog
      ref={ref}
      className="feature-votes votes-dialog"
      aria-label={t('ui.title')}
      data-testid="votes-dialog"
      onCancel={(e) => {
        // Escape in a private view only ends that participant's turn (nothing is revealed).
        e.preventDefault();
        if (active) passOn();
        else p.onClose();
      }}
    >
      {/* A participant's private view leaves out the title and Close: the whole screen is theirs. */}
      {!active && (
        <header className="votes-head">
          <h2>{t('ui.title')}</h2>
          <button type="button" onClick={p.onClose} data-testid="votes-close">
            <kbd>Esc</kbd> {t('ui.close')}
          </button>
        </header>
      )}

      {active ? (
        <PrivateAnswer assessmentId={p.assessmentId} voter={active} itemIds={itemIds} instrument={p.instrument} onPassOn={passOn} />
      ) : (
        <>
          <fieldset className="votes-scope" disabled={roomItemIds !== null}>
            <legend>{t('ui.scope.label')}</legend>
            {p.itemId && (
              <label>
                <input type="radio" name="votes-scope" checked={scope === 'item'} onChange={() => setScope('item')} data-testid="scope-item" /> {t('ui.scope.item')}
              </label>
            )}
            <label>
              <input type="radio" name="votes-scope" checked={scope === 'dimension'} onChange={() => setScope('dimension')} data-testid="scope-dimension" />{' '}
              {t('ui.scope.dimension', { count: dimensionCount })}
            </label>
            <label>
              <input type="radio" name="votes-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="scope-all" /> {t('ui.scope.all', { count: allCount })}
            </label>
          </fieldset>

          <div className="votes-modes" role="group" aria-label={t('ui.modes')}>
            <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')} data-testid="mode-table">
              {t('ui.roundTable')}
            </button>
            <button type="button" aria-pressed={mode === 'room'} onClick={() => setMode('room')} data-testid="mode-room">
              {t('ui.ownDevices')}
            </button>
          </div>

          {mode === 'table' ? (
            <section className="votes-table" data-testid="votes-table">
              <p className="muted">{t('ui.table.intro')}</p>
              {p.readOnly && <p role="status">{t('ui.readOnly')}</p>}
              <ul className="votes-people">
                {(view?.voters ?? []).map((voter) => (
                  <li key={voter.id}>
                    <button type="button" disabled={p.readOnly} onClick={() => setActive(voter)} data-testid="hand-over" data-voter={voter.id}>
                      {t('ui.table.handOverTo', { name: displayName(voter.label, '—') })}
                    </button>
                    <span className="muted" data-testid="voter-progress">
                      {t('ui.answeredOf', { done: answeredBy(view, voter.id, itemIds), total: itemIds.length })}
                    </span>
                    {/* Removing drops the participant's answers too: asked in place, never by a browser dialog. */}
                    {removing === voter.id ? (
                      <span className="votes-remove" role="group" aria-label={t('ui.table.removeConfirm', { name: displayName(voter.label, '—') })}>
                        <span>{t('ui.table.removeConfirm', { name: displayName(voter.label, '—') })}</span>
                        <button type="button" className="danger" onClick={() => void remove(voter.id)} data-testid="remove-yes">
                          {t('ui.table.removeYes')}
                        </button>
                        <button type="button" onClick={() => setRemoving(null)} data-testid="remove-no" autoFocus>
                          {t('ui.table.removeNo')}
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="link" disabled={p.readOnly} onClick={() => setRemoving(voter.id)} data-testid="remove-voter">
                        {t('ui.table.remove')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <form
                className="votes-add"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (name.trim()) void add(false);
                }}
              >
                <label>
                  {t('ui.table.name')}
                  <input ref={nameRef} value={name} maxLength={200} disabled={p.readOnly} onChange={(e) => setName(e.target.value)} data-testid="voter-name" />
                </label>
                <button type="submit" disabled={p.readOnly || !name.trim()} data-testid="add-named">
                  {t('ui.table.addNamed')}
                </button>
                <button type="button" disabled={p.readOnly} onClick={() => void add(true)} data-testid="add-anonymous">
                  {t('ui.table.addAnonymous')}
                </button>
              </form>
              {error !== null && <ErrorText error={error} />}
            </section>
          ) : (
            <RoomPanel assessmentId={p.assessmentId} itemIds={itemIds} readOnly={p.readOnly} onRoundTable={() => setMode('table')} onRoomItems={onRoomItems} />
          )}

          <div className="dialog-actions votes-foot">
            <button type="button" className="primary" onClick={() => p.onReveal(itemIds)} data-testid="reveal">
              {t('ui.reveal', { count: itemIds.length })}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
