/**
 * Own devices: open a room for the chosen questions (named or anonymous participants), show its
 * QR code large enough for a projector, its address, who is connected and how many they answered;
 * close it. The room server lives in the main process (electron/main/rooms) and listens only
 * while a room is open. Without a local network address, or when nobody has joined a while after
 * opening (a network that keeps devices apart), the panel says so and offers round the table.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomInfo } from '@shared/contract/votes';
import { call, onEvent } from '@renderer/lib/api';
import { ErrorText } from '@renderer/components/ErrorText';
import { displayName } from '@renderer/lib/display-text';
import { qrImageSource, roomLooksUnreachable } from './spread-model';

/** How often the panel asks who is connected (answers also arrive as events). */
const POLL_MS = 3000;

interface Props {
  assessmentId: string;
  itemIds: string[];
  readOnly: boolean;
  onRoundTable: () => void;
  /** The questions of the open room (null when none is open): the dialog reveals those. */
  onRoomItems: (itemIds: string[] | null) => void;
}

export function RoomPanel({ assessmentId, itemIds, readOnly, onRoundTable, onRoomItems }: Props) {
  const { t } = useTranslation('votes');
  const [room, setRoom] = useState<RoomInfo | null | undefined>(undefined);
  const [anonymous, setAnonymous] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    try {
      setRoom(await call('rooms.status', { assessmentId }));
    } catch (e) {
      setError(e);
    }
  }, [assessmentId]);

  const roomItems = room ? room.itemIds.join(' ') : null;
  useEffect(() => {
    onRoomItems(roomItems === null ? null : roomItems.split(' '));
  }, [roomItems, onRoomItems]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => {
      setNow(Date.now());
      void refresh();
    }, POLL_MS);
    const stop = onEvent((event) => {
      if (event.type === 'changed' && event.entity === 'votes' && event.id === assessmentId) void refresh();
    });
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [assessmentId, refresh]);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (room === undefined) return error ? <ErrorText error={error} /> : <p className="loading">{t('common:loading')}</p>;

  if (!room) {
    return (
      <div className="room-panel" data-testid="room-panel" data-open="false">
        <p>{t('ui.room.intro')}</p>
        <fieldset className="room-who">
          <legend>{t('ui.room.who')}</legend>
          <label>
            <input type="radio" name="room-anonymous" checked={anonymous} onChange={() => setAnonymous(true)} data-testid="room-anonymous" /> {t('ui.room.anonymous')}
          </label>
          <label>
            <input type="radio" name="room-anonymous" checked={!anonymous} onChange={() => setAnonymous(false)} data-testid="room-named" /> {t('ui.room.named')}
          </label>
        </fieldset>
        {error !== null && <ErrorText error={error} />}
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={busy || readOnly || itemIds.length === 0} onClick={() => void act(() => call('rooms.open', { assessmentId, anonymous, itemIds }))} data-testid="room-open">
            {t('ui.room.open', { count: itemIds.length })}
          </button>
        </div>
      </div>
    );
  }

  const total = room.itemIds.length;
  return (
    <div className="room-panel open" data-testid="room-panel" data-open="true">
      <div className="room-qr">
        <img src={qrImageSource(room.qrSvg)} alt={t('ui.room.qrAlt')} data-testid="room-qr" />
      </div>
      <div className="room-side">
        <p className="room-scan">{t('ui.room.scan')}</p>
        <p className="room-url">
          <span>{t('ui.room.orType')}</span> <code data-testid="room-url">{room.url}</code>
        </p>
        <p className="room-mode">{t(room.anonymous ? 'ui.room.anonymous' : 'ui.room.named')} · {t('ui.room.questions', { count: total })}</p>
        {(room.networkWarning || roomLooksUnreachable(room, now)) && (
          <div className="room-warning" role="alert" data-testid="room-warning" data-reason={room.networkWarning ?? 'nobody_joined'}>
            <p>{t(room.networkWarning ? 'ui.room.noLan' : 'ui.room.nobodyJoined')}</p>
            <button type="button" onClick={onRoundTable} data-testid="room-use-table">
              {t('ui.room.useTable')}
            </button>
          </div>
        )}
        <h3>{t('ui.room.connected', { count: room.participants.length })}</h3>
        {room.participants.length === 0 ? (
          <p className="muted">{t('ui.room.nobody')}</p>
        ) : (
          <ul className="room-people" data-testid="room-people">
            {room.participants.map((p) => (
              <li key={p.voterId} data-voter={p.voterId}>
                <bdi>{displayName(p.label, '—')}</bdi> <span lang={p.language}>({p.language.toUpperCase()})</span>
                <span className="muted"> {t('ui.answeredOf', { done: p.answered, total })}</span>
              </li>
            ))}
          </ul>
        )}
        {error !== null && <ErrorText error={error} />}
        <div className="dialog-actions">
          <button type="button" className="danger" disabled={busy} onClick={() => void act(() => call('rooms.close', { assessmentId }))} data-testid="room-close">
            {t('ui.room.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
