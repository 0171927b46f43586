import type { Locale } from '@shared/locale';

/** Language names in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', de: 'Deutsch', en: 'English', lb: 'Lëtzebuergesch' };
