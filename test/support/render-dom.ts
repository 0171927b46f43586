/** For DOM unit tests (jsdom): React's act() environment and a render into a fresh element. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** Tells React that the test drives every update through act() (call it before rendering). */
export function enableActEnvironment(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

/** Renders `node` into a new element appended to the document, once its effects have run. */
export async function renderInDom(node: ReactNode): Promise<{ host: HTMLElement; root: Root }> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(node));
  return { host, root };
}
