/**
 * The `roadmap` namespace in the main process (bundled by Vite), for the sentences the report
 * takes from the roadmap feature: reasons ("Data: 28 vs target 60; no data inventory") and the
 * answer labels of the appendix. Same lookup rules as the renderer's i18next.
 */
import { namespaceTranslator } from '@shared/report/translate';
import roadmapEn from '@locales/en/roadmap.json' with { type: 'json' };
import roadmapFr from '@locales/fr/roadmap.json' with { type: 'json' };
import roadmapDe from '@locales/de/roadmap.json' with { type: 'json' };
import roadmapLb from '@locales/lb/roadmap.json' with { type: 'json' };

export const roadmapTranslator = namespaceTranslator('roadmap', { en: roadmapEn, fr: roadmapFr, de: roadmapDe, lb: roadmapLb });
