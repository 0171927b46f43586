/**
 * The report's wording, bundled into the main process (Vite inlines the JSON): the `report`
 * namespace and the `domain` labels shared with the screens, in the four languages.
 */
import type { Locale } from '@shared/locale';
import { createTranslator, type Translate } from '@shared/report/translate';
import reportEn from '@locales/en/report.json' with { type: 'json' };
import reportFr from '@locales/fr/report.json' with { type: 'json' };
import reportDe from '@locales/de/report.json' with { type: 'json' };
import reportLb from '@locales/lb/report.json' with { type: 'json' };
import domainEn from '@locales/en/domain.json' with { type: 'json' };
import domainFr from '@locales/fr/domain.json' with { type: 'json' };
import domainDe from '@locales/de/domain.json' with { type: 'json' };
import domainLb from '@locales/lb/domain.json' with { type: 'json' };
// The status words of the portal: one word per status, the same as on the screens.
import syncEn from '@locales/en/sync.json' with { type: 'json' };
import syncFr from '@locales/fr/sync.json' with { type: 'json' };
import syncDe from '@locales/de/sync.json' with { type: 'json' };
import syncLb from '@locales/lb/sync.json' with { type: 'json' };
// The section on disagreement (issue 14) keeps its wording with the rest of the votes feature.
import votesEn from '@locales/en/votes.json' with { type: 'json' };
import votesFr from '@locales/fr/votes.json' with { type: 'json' };
import votesDe from '@locales/de/votes.json' with { type: 'json' };
import votesLb from '@locales/lb/votes.json' with { type: 'json' };

const RESOURCES: Record<Locale, Record<string, unknown>> = {
  en: { report: reportEn, domain: domainEn, sync: syncEn, votes: votesEn },
  fr: { report: reportFr, domain: domainFr, sync: syncFr, votes: votesFr },
  de: { report: reportDe, domain: domainDe, sync: syncDe, votes: votesDe },
  lb: { report: reportLb, domain: domainLb, sync: syncLb, votes: votesLb },
};

export function reportTranslator(locale: Locale): Translate {
  return createTranslator(locale, RESOURCES[locale]);
}
