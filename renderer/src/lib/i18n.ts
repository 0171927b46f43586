import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@shared/locale';
import { formatInterpolated } from '@shared/format';

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
async function fetchLanguage(locale: Locale): Promise<Record<string, Bundle>> {
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

/** The namespaces (the same in every language: scripts/check-locales.ts), known once the first language has loaded. */
export const NAMESPACES: string[] = [];

async function loadLanguage(locale: Locale) {
  if (i18next.hasResourceBundle(locale, 'common')) return;
  for (const [ns, bundle] of Object.entries(await fetchLanguage(locale))) i18next.addResourceBundle(locale, ns, bundle, true, true);
}

/**
 * Every value interpolated into a text goes through format.ts (alwaysFormat): a count of jobs,
 * tokens, GPUs or nodes passed as a number is grouped like every other figure ("2.048").
 */
const numbersInTexts: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format: (value, _format, lng) => (typeof value === 'number' ? formatInterpolated(value, (lng ?? currentLocale()) as Locale) : value),
};

export async function initI18n(locale: Locale) {
  const bundles = await fetchLanguage(locale);
  if (NAMESPACES.length === 0) NAMESPACES.push(...Object.keys(bundles));
  await i18next.use(initReactI18next).use(numbersInTexts).init({
    resources: { [locale]: bundles },
    lng: locale,
    fallbackLng: false, // a missing key must show up as missing, never silently in another language
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function setLanguage(locale: Locale) {
  await loadLanguage(locale);
  document.documentElement.lang = locale;
  return i18next.changeLanguage(locale);
}

export const currentLocale = (): Locale => (i18next.language as Locale) ?? DEFAULT_LOCALE;
