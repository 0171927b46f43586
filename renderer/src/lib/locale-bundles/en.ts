/** Every namespace of the English texts, in one chunk (lib/i18n.ts loads it when the language is used). */
export default import.meta.glob<{ default: Record<string, unknown> }>('@locales/en/*.json', { eager: true });
