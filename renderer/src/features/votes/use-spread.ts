/**
 * The spread of a check's participant answers, kept current: loaded once, then again on every
 * `changed votes` event for this check (a vote, a voter, a room), so answers given on the
 * participants' own devices show up on the presenter as they arrive.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SpreadView } from '../../../../shared/contract/votes';
import { call, onEvent } from '../../lib/api';

export function useSpread(assessmentId: string | undefined) {
  const [view, setView] = useState<SpreadView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    if (!assessmentId) return;
    try {
      setView(await call('votes.spread', { assessmentId }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [assessmentId]);
  useEffect(() => {
    void reload();
    return onEvent((event) => {
      if (event.type === 'changed' && event.entity === 'votes' && event.id === assessmentId) void reload();
      if (event.type === 'restarted') void reload();
    });
  }, [assessmentId, reload]);
  return { view, error, reload };
}
