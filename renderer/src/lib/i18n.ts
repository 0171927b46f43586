import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/locale';

/** Every locales/<lng>/<namespace>.json, one namespace per feature. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json', { eager: true });

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, lng, ns] = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path)!;
  (resources[lng] ??= {})[ns] = module.default;
}
export const NAMESPACES = Object.keys(resources.en ?? {});

export function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: false, // a missing key must show up as missing, never silently in another language
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export function setLanguage(locale: Locale) {
  document.documentElement.lang = locale;
  return i18next.changeLanguage(locale);
}

export const currentLocale = (): Locale => (i18next.language as Locale) ?? DEFAULT_LOCALE;
