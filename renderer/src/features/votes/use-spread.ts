/**
 * The spread of a check's participant answers, kept current: loaded once, then again on every
 * `changed votes` event for this check (a vote, a voter, a room), so answers given on the
 * participants' own devices show up on the presenter as they arrive.
 */
import { useEffect } from 'react';
import { call, onEvent } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';

export function useSpread(assessmentId: string | undefined) {
  const { data, error, reload } = useLoad(() => (assessmentId ? call('votes.spread', { assessmentId }) : Promise.resolve(null)), [assessmentId]);
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'changed' && event.entity === 'votes' && event.id === assessmentId) void reload();
        if (event.type === 'restarted') void reload();
      }),
    [assessmentId, reload],
  );
  return { view: data ?? null, error, reload };
}
