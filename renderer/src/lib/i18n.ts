import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/locale';

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

export async function initI18n(locale: Locale) {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: locale,
    fallbackLng: false, // a missing key must show up as missing, never silently in another language
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
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
