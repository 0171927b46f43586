import { useEffect, useRef } from 'react';

/**
 * Saves a typed value shortly after typing pauses (and at once on flush, e.g. on blur or when
 * the screen closes), so a field is committed "as it is typed" without a write per keystroke.
 */
export function useDebouncedSave<T>(save: (value: T) => void, delayMs = 300) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current) {
      const { value } = latest.current;
      latest.current = null;
      saveRef.current(value);
    }
  };
  useEffect(() => flush, []); // flush on unmount
  return {
    schedule(value: T) {
      latest.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    flush,
  };
}
