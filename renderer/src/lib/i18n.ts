import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/locale';
import { formatInterpolated } from '../../../shared/format';

type Bundle = Record<string, unknown>;

/**
 * Every locales/<lng>/<namespace>.json, one namespace per feature. Only the language in use is
 * loaded (one small chunk per file); another is fetched when the advisor switches, which keeps
 * three quarters of the text out of the first download.
 */
const files = import.meta.glob<{ default: Bundle }>('../../../locales/*/*.json');

const byLanguage = new Map<string, { ns: string; load: () => Promise<{ default: Bundle }> }[]>();
for (const [path, load] of Object.entries(files)) {
  const [, lng, ns] = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path)!;
  if (!byLanguage.has(lng)) byLanguage.set(lng, []);
  byLanguage.get(lng)!.push({ ns, load });
}
export const NAMESPACES = (byLanguage.get('en') ?? []).map((f) => f.ns);

async function loadLanguage(locale: Locale) {
  if (i18next.hasResourceBundle(locale, 'common')) return;
  const bundles = await Promise.all((byLanguage.get(locale) ?? []).map(async ({ ns, load }) => [ns, (await load()).default] as const));
  for (const [ns, bundle] of bundles) i18next.addResourceBundle(locale, ns, bundle, true, true);
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
  await i18next.use(initReactI18next).use(numbersInTexts).init({
    resources: {},
    lng: locale,
    fallbackLng: false, // a missing key must show up as missing, never silently in another language
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes
    returnNull: false,
  });
  await loadLanguage(locale);
  document.documentElement.lang = locale;
  return i18next;
}

export async function setLanguage(locale: Locale) {
  await loadLanguage(locale);
  document.documentElement.lang = locale;
  return i18next.changeLanguage(locale);
}

export const currentLocale = (): Locale => (i18next.language as Locale) ?? DEFAULT_LOCALE;
