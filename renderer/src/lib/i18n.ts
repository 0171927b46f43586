import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@shared/locale';
import { formatInterpolated } from '@shared/format';
import { fetchLanguage } from './language-files';

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
