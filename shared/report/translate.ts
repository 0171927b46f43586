/**
 * A tiny i18next-compatible lookup for the report, so the main process needs no i18next
 * instance: keys `namespace:path.to.key`, `{{name}}` interpolation, and plural keys
 * (`key_one` / `key_other`, and `_many` etc. where the language has them) chosen with
 * Intl.PluralRules when `count` is given — the same conventions as the renderer's i18next.
 */
import type { Locale } from '../locale';
import { formatInterpolated } from '../format';

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: string, vars?: TranslateVars) => string;
/** Namespace name → parsed locale file. */
export type TranslationResources = Record<string, unknown>;

function lookup(tree: unknown, path: string): string | undefined {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * `{{name}}` filled in. A value that ends a sentence itself ("Muller S.à r.l.") takes the
 * place of the template's own full stop, so "Établi pour {{client}}." never reads "r.l..".
 */
export function interpolate(template: string, vars: TranslateVars = {}, locale?: Locale): string {
  return template.replace(/{{\s*([\w.]+)\s*}}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in vars)) return whole;
    // Numbers follow the app's one rule (format.ts): "2.048 GPU", as on screen.
    const value = locale ? formatInterpolated(vars[name], locale) : String(vars[name]);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/**
 * A missing key comes back as the key itself (the report still saves; tests look for stray
 * `report:` / `domain:` text in the output).
 */
export function createTranslator(locale: Locale, resources: TranslationResources, defaultNamespace = 'report'): Translate {
  const plurals = new Intl.PluralRules(locale);
  return (key, vars) => {
    const colon = key.indexOf(':');
    const ns = colon > 0 ? key.slice(0, colon) : defaultNamespace;
    const path = colon > 0 ? key.slice(colon + 1) : key;
    const tree = resources[ns];
    let template: string | undefined;
    const count = vars?.count;
    if (typeof count === 'number' && Number.isFinite(count)) {
      template = lookup(tree, `${path}_${plurals.select(count)}`) ?? lookup(tree, `${path}_other`);
    }
    template ??= lookup(tree, path);
    return template === undefined ? `${ns}:${path}` : interpolate(template, vars, locale);
  };
}

/**
 * The translator of one namespace bundled in the four languages (the main process's feature
 * texts: roadmap, votes): `key` or `namespace:key`, as i18next reads them in the renderer.
 */
export function namespaceTranslator(namespace: string, bundles: Record<Locale, unknown>): (locale: Locale) => Translate {
  return (locale) => createTranslator(locale, { [namespace]: bundles[locale] }, namespace);
}
