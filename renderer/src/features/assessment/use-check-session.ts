/**
 * The open maturity check of the presenter view: what is on screen, and the writes. Each answer,
 * note, target and move is shown at once and sent at once; writes go through one queue so they
 * reach the main process in the order they were made (the bridge may run requests in parallel),
 * and every write drives the visible save state (`trackSave`). If a write is refused, the
 * screen reloads the check from the database, so it never shows something that is not saved.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AssessmentDetail, CursorView } from '@shared/contract/assessments';
import type { Client } from '@shared/contract/clients';
import type { Answer } from '@shared/domain/scoring';
import type { DimensionId } from '@shared/reference/instrument/types';
import { call } from '@renderer/lib/api';
import { trackSave } from '@renderer/lib/save-state';

export type AnswerInput = Omit<Answer, 'itemId' | 'note'>;

export function useCheckSession(id: string) {
  const [detail, setDetail] = useState<AssessmentDetail | null>(null);
  const [client, setClient] = useState<Client | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(async () => {
    try {
      const d = await call('assessments.get', { id });
      setDetail(d);
      setClient(await call('clients.get', { id: d.clientId }));
    } catch (e) {
      setError(e);
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs writes one after the other, each shown in the save indicator. */
  const write = useCallback(<T,>(fn: () => Promise<T>): Promise<T> => {
    return trackSave(() => {
      const p = queue.current.then(fn);
      // The queue only orders the writes: a failure reaches the caller through `p` (and the save indicator), not the next write.
      queue.current = p.catch(() => undefined);
      return p;
    });
  }, []);

  const answers = useMemo(() => new Map((detail?.answers ?? []).map((a) => [a.itemId, a])), [detail]);

  const setAnswer = useCallback(
    (itemId: string, value: AnswerInput) => {
      const cleared = value.level === null && value.checked === null && !value.notApplicable && !value.unknown;
      setDetail((d) =>
        d && {
          ...d,
          answers: [...d.answers.filter((a) => a.itemId !== itemId), ...(cleared ? [] : [{ itemId, ...value }])],
        },
      );
      write(() => call('assessments.saveAnswer', { id, itemId, ...value })).catch(() => void reload());
    },
    [id, write, reload],
  );

  /** Notes keep what was typed on screen even when refused (the message says why). */
  const setNote = useCallback(
    (itemId: string, note: string) =>
      write(() => call('assessments.saveNote', { id, itemId, note })).then(() =>
        setDetail((d) => {
          if (!d) return d;
          const notes = { ...d.notes };
          if (note.trim() === '') delete notes[itemId];
          else notes[itemId] = note;
          return { ...d, notes };
        }),
      ),
    [id, write],
  );

  const setTarget = useCallback(
    (dimensionId: DimensionId, target: number | null) => {
      setDetail((d) => {
        if (!d) return d;
        const targets = { ...d.targets };
        if (target === null) delete targets[dimensionId];
        else targets[dimensionId] = target;
        return { ...d, targets };
      });
      write(() => call('assessments.saveTarget', { id, dimensionId, target })).catch(() => void reload());
    },
    [id, write, reload],
  );

  const setPosition = useCallback(
    (step: string, view: CursorView) => {
      setDetail((d) => d && { ...d, position: { step, view } });
      // Where the presenter stood is a convenience for resuming; the save indicator already shows a failed write.
      write(() => call('assessments.savePosition', { id, step, view })).catch(() => undefined);
    },
    [id, write],
  );

  const update = useCallback(
    (patch: Parameters<typeof call<'assessments.update'>>[1]['patch']) =>
      write(() => call('assessments.update', { id, patch })).then(setDetail),
    [id, write],
  );

  const reopen = useCallback(() => write(() => call('assessments.reopen', { id })).then(setDetail), [id, write]);

  return { detail, client, error, answers, setAnswer, setNote, setTarget, setPosition, update, reopen, reload, write };
}

export type CheckSession = ReturnType<typeof useCheckSession>;
