/**
 * Playwright runs the services in its own Node process, where an ESM `import x from './a.json'`
 * needs `with { type: 'json' }` (Vite and Vitest do not). This loader hook supplies the attribute
 * for .json files, so modules bundled by Vite elsewhere (e.g. the report's locale texts) load here
 * too. Import it first in an e2e spec that reaches such a module.
 */
import { register } from 'node:module';

const hook = `
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && !context.importAttributes?.type) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
