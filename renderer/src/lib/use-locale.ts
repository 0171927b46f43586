import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/locale';

/** The UI language, for the format helper. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language as Locale;
}
