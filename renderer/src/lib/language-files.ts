/**
 * The texts of one language, fetched on their own: start-up asks for them before i18next has
 * loaded (app/first-requests.ts), and i18n.ts reads them from here.
 */
import type { Locale } from '@shared/locale';

type Bundle = Record<string, unknown>;
type Files = Record<string, { default: Bundle }>;

/**
 * The texts, one namespace per feature (locales/<lng>/<namespace>.json). Only the language in use
 * is loaded, all its namespaces in one chunk (lib/locale-bundles/): the first screen waits for one
 * request, not one per namespace; another language is fetched when the advisor switches.
 */
const LANGUAGE_FILES: Record<Locale, () => Promise<{ default: Files }>> = {
  en: () => import('./locale-bundles/en'),
  fr: () => import('./locale-bundles/fr'),
  de: () => import('./locale-bundles/de'),
  lb: () => import('./locale-bundles/lb'),
};

/** `{ namespace: texts }` of one language, from its `…/locales/<lng>/<namespace>.json` files. */
export async function fetchLanguage(locale: Locale): Promise<Record<string, Bundle>> {
  const files = (await LANGUAGE_FILES[locale]()).default;
  return Object.fromEntries(Object.entries(files).map(([path, file]) => [/([\w-]+)\.json$/.exec(path)![1], file.default]));
}

/**
 * Starts fetching a language's texts before it is known to be the one (start-up guesses the
 * system's language while the settings are read); the module loads once, whoever asks first.
 */
export function prefetchLanguage(locale: Locale): void {
  LANGUAGE_FILES[locale]().catch(() => undefined); // a failure shows when the language is really loaded
}
