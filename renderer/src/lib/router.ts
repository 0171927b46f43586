import { create } from 'zustand';

/**
 * A tiny hash router: the route lives in location.hash, so a reload comes back to the same
 * screen, and screens are plain state (no history library needed for a desktop app).
 */
export type Route = { path: string; params: Record<string, string> };

function parse(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/clients';
  return { path, params: {} };
}

export const useRouter = create<{ route: Route }>(() => ({ route: parse(window.location.hash) }));

window.addEventListener('hashchange', () => useRouter.setState({ route: parse(window.location.hash) }));

export function navigate(path: string) {
  if (window.location.hash !== `#${path}`) window.location.hash = path;
}

/** Matches "/clients/:id" against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const a = path.split('/');
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(a[i]);
    else if (p[i] !== a[i]) return null;
  }
  return params;
}
