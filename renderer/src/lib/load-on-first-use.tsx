/**
 * Code that loads on first use, so the first screen stays light (charts, instrument, catalogue,
 * GPU estimator come later). One helper for every lazily loaded screen, panel and section.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** React.lazy over a named export: `lazyNamed(() => import('./Page').then((m) => m.Page))`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyNamed<C extends ComponentType<any>>(load: () => Promise<C>) {
  return lazy(async () => ({ default: await load() }));
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
