/**
 * The `votes` namespace in the main process (bundled by Vite): the anonymous participant's label
 * ("Participant 3") and the report's section on disagreement. Same lookup rules as i18next.
 */
import { namespaceTranslator } from '@shared/report/translate';
import votesEn from '@locales/en/votes.json' with { type: 'json' };
import votesFr from '@locales/fr/votes.json' with { type: 'json' };
import votesDe from '@locales/de/votes.json' with { type: 'json' };
import votesLb from '@locales/lb/votes.json' with { type: 'json' };

export const votesTranslator = namespaceTranslator('votes', { en: votesEn, fr: votesFr, de: votesDe, lb: votesLb });
