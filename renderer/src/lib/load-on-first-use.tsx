/**
 * Code that loads on first use, so the first screen stays light (charts, instrument, catalogue,
 * GPU estimator come later). One helper for every lazily loaded screen, panel and section.
 */
import { createElement, lazy, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * React.lazy over a named export: `lazyNamed(() => import('./Page').then((m) => m.Page))`, with
 * `preload()` to load it ahead (lib/load-ahead.ts). Once loaded, a new instance renders it at
 * once: through React.lazy it would suspend even with its code at hand, and React holds the
 * reveal of a suspended screen back by ~300 ms.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyNamed<C extends ComponentType<any>>(load: () => Promise<C>) {
  let loaded: C | null = null;
  let loading: Promise<C> | null = null;
  const preload = (): Promise<C> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // another attempt may succeed
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function LoadedOnFirstUse(props: ComponentProps<C>) {
    // Chosen once per instance: switching between the two would remount what it shows.
    const [Loaded] = useState(() => loaded);
    return Loaded ? createElement(Loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(LoadedOnFirstUse, { preload });
}

/** "Loading…" while the code of what it wraps arrives. */
export function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('loading')}</p>}>{children}</Suspense>;
}

/**
 * A component loaded on first use that says "Loading…" in its own place meanwhile (a panel on a
 * client's page, a Settings section), instead of suspending the whole screen around it.
 */
export function loadOnFirstUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazyNamed(load);
  return function LoadedOnFirstUse(props: P) {
    return (
      <Loading>
        <Lazy {...props} />
      </Loading>
    );
  };
}
