/**
 * What a screen loads: the data, the failure and a retry, in one place. A failed load is kept as
 * `error` for the screen to show translated (components/ErrorText.tsx: LoadError), never
 * swallowed. A result that arrives after the inputs changed (another record opened) or after
 * the screen closed is dropped, so a slow answer never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Loaded<T> {
  /** Undefined until the first load succeeds; kept while a reload runs or fails. */
  data: T | undefined;
  /** The last load's failure (an ApiError or anything thrown), null once a load succeeds. */
  error: unknown;
  /** Loads again (a retry, or after a change elsewhere); the error is cleared meanwhile. */
  reload: () => Promise<void>;
  /** Replaces the data with what an action returned, without a round trip. */
  setData: (data: T) => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown }>({ data: undefined, error: null });
  const latest = useRef(load);
  latest.current = load;
  // Each run takes a number; only the newest may write its outcome.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => (s.error === null ? s : { data: s.data, error: null }));
    try {
      const data = await latest.current();
      if (mine === generation.current) setState({ data, error: null });
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ data: s.data, error: error ?? new Error('load failed') }));
    }
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++;
    };
    // The caller names what the load depends on, as with useEffect.
  }, deps);

  // An action's answer is newer than any load still under way: that load's outcome is dropped.
  const setData = useCallback((data: T) => {
    generation.current++;
    setState({ data, error: null });
  }, []);
  return { data: state.data, error: state.error, reload, setData };
}
