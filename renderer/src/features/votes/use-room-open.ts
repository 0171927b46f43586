/**
 * Whether this check's room is open (its server listening on the network), for the presenter's
 * top bar: after the dialog is closed the advisor still sees that devices can reach the laptop.
 * Read with `rooms.status` at start and on every `changed votes` event (opening and closing emit one).
 */
import { useEffect, useState } from 'react';
import { call, onEvent } from '@renderer/lib/api';

export function useRoomOpen(assessmentId: string | undefined): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!assessmentId) return;
    let live = true;
    const refresh = () =>
      call('rooms.status', { assessmentId })
        .then((room) => live && setOpen(room !== null))
        // Only marks the presenter's "room open" button: unknown reads as closed, the room panel shows its own errors.
        .catch(() => live && setOpen(false));
    void refresh();
    const stop = onEvent((event) => {
      if ((event.type === 'changed' && event.entity === 'votes' && event.id === assessmentId) || event.type === 'restarted') void refresh();
    });
    return () => {
      live = false;
      stop();
    };
  }, [assessmentId]);
  return open;
}
