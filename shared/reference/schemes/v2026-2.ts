/**
 * Funding schemes, version 2026.2 — public sources rechecked on 2026-12-02 (domain.md §3).
 *
 * Built from 2026.1 (which stays as it was, so scenarios pinned to it compute as before); only the
 * differences are written here, each with its reason:
 * - Fit 4 AI: the confirmed scope (guichet.lu: the approved consultant's analysis) is the default
 *   reading; the L-AIF announcement is the labelled variant, sourced to the announcement itself.
 * - RDI: the legal basis is the law of 6 June 2025 (it replaced the law of 17 May 2017).
 * - Innovation advisory (GBER art. 28): implementation work is not an advisory service, and the
 *   "beyond €220,000, 50 %" sentence is dropped: the app models the €220,000 ceiling only.
 * - Validity: GBER (Reg. 651/2014) is prolonged only to 31 Dec 2026; the set says so.
 */
import { SCHEMES_2026_1 } from './v2026-1';
import type { Scheme, SchemeSet, SchemeSource } from './types';

const CHECKED = '2026-12-02';
/** GBER as prolonged by Reg. (EU) 2023/1315 applies until this day; a successor is due. */
const GBER_VALID_UNTIL = '2026-12-31';

const RDI_CONDITIONS: SchemeSource = {
  title: 'guichet.lu — General terms for RDI aid: “all state aid for RDI is granted within the framework of the Law of 6 June 2025”',
  url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/conditions-generales-aides-rdi.html',
};
/** No URL recorded: the post was read through a secondary copy; the launch page does not state the figures. */
const LAIF_ANNOUNCEMENT: SchemeSource = {
  title: 'L-AIF announcement of 10 December 2025 (secondary blog post; not an official page)',
};
const LAIF_LAUNCH_PAGE: SchemeSource = {
  title: 'Luxembourg AI Factory launch page, 2 December 2025 — does not state the Fit 4 AI figures',
  url: 'https://aifactory.lu/ai-news/luxembourg-ai-factory-sets-new-milestone',
};
const GBER: SchemeSource = {
  title: 'Commission Regulation (EU) No 651/2014 (GBER), prolonged to 31 December 2026 by Regulation (EU) 2023/1315',
  url: 'https://eur-lex.europa.eu/eli/reg/2014/651/oj',
};
const RDI_LAW_2025 = 'law of 6 June 2025 (RDI)';

const base = new Map(SCHEMES_2026_1.schemes.map((s) => [s.id, s]));
function from(id: string, changes: Partial<Scheme>): Scheme {
  const s = base.get(id);
  if (!s) throw new Error(`scheme ${id} missing from 2026.1`);
  return { ...structuredClone(s), lastChecked: CHECKED, ...changes };
}

/** Swaps the GBER source for the one that states its end date; drops the repealed 2017 law. */
function sources(id: string): SchemeSource[] | undefined {
  const extra = base.get(id)?.extraSources;
  if (!extra) return undefined;
  return extra
    .filter((s) => !s.url?.includes('legilux.public.lu/eli/etat/leg/loi/2017/05/17'))
    .map((s) => (s.url === GBER.url ? GBER : s.url === RDI_CONDITIONS.url ? RDI_CONDITIONS : s));
}

const fit4aiGuichet: Scheme = from('fit4ai-guichet', {
  name: {
    en: 'Fit 4 AI (confirmed scope: consultant’s analysis)',
    fr: 'Fit 4 AI (périmètre confirmé : étude du consultant)',
    de: 'Fit 4 AI (bestätigter Umfang: Studie des Beraters)',
    lb: 'Fit 4 AI (confirméierten Ëmfang: Etude vum Consultant)',
  },
  extraSources: sources('fit4ai-guichet'),
});
// It becomes the root of the Fit 4 AI group; the announcement is now its variant.
delete fit4aiGuichet.variantOf;

const fit4aiAnnounced = from('fit4ai', {
  name: {
    en: 'Fit 4 AI – as announced with the L-AIF (unconfirmed)',
    fr: 'Fit 4 AI – tel qu’annoncé avec la L-AIF (non confirmé)',
    de: 'Fit 4 AI – wie mit der L-AIF angekündigt (unbestätigt)',
    lb: 'Fit 4 AI – wéi mat der L-AIF ugekënnegt (net confirméiert)',
  },
  description: {
    en: 'As stated in the L-AIF announcement of 10 December 2025 (a secondary blog post; the official launch page of 2 December 2025 does not state it): 50 % of the consultancy and technical implementation costs of an AI project, aid capped at €50,000 for a small company (a €100,000 project) and €100,000 for a medium-sized one; no micro figure, so micro-enterprises are treated like small ones. Implementation costs are not consultancy under GBER art. 18: that half would need another basis (GBER art. 17 investment aid, 20 % small / 10 % medium; art. 29; or de minimis). Use the confirmed scope unless the Ministry confirms these terms.',
    fr: 'Selon l’annonce de la L-AIF du 10 décembre 2025 (un article de blog secondaire ; la page officielle de lancement du 2 décembre 2025 ne l’indique pas) : 50 % des coûts de conseil et de mise en œuvre technique d’un projet d’IA, aide plafonnée à 50 000 € pour une petite entreprise (projet de 100 000 €) et à 100 000 € pour une moyenne ; aucun montant pour les micro-entreprises, traitées comme des petites. Les coûts de mise en œuvre ne sont pas du conseil au sens de l’art. 18 du RGEC : cette moitié exigerait une autre base (aide à l’investissement de l’art. 17, 20 % petite / 10 % moyenne ; art. 29 ; ou de minimis). Retenez le périmètre confirmé tant que le ministère n’a pas confirmé ces conditions.',
    de: 'Laut der Ankündigung der L-AIF vom 10. Dezember 2025 (ein sekundärer Blogbeitrag; die offizielle Startseite vom 2. Dezember 2025 nennt es nicht): 50 % der Beratungs- und technischen Umsetzungskosten eines KI-Projekts, Förderung gedeckelt auf 50.000 € für ein kleines Unternehmen (Projekt von 100.000 €) und 100.000 € für ein mittleres; kein Betrag für Kleinstunternehmen, die wie kleine behandelt werden. Umsetzungskosten sind keine Beratung im Sinne von Art. 18 AGVO: Diese Hälfte bräuchte eine andere Grundlage (Investitionsbeihilfe nach Art. 17, 20 % klein / 10 % mittel; Art. 29; oder De-minimis). Verwenden Sie den bestätigten Umfang, solange das Ministerium diese Bedingungen nicht bestätigt.',
    lb: 'Laut der Ukënnegung vun der L-AIF vum 10. Dezember 2025 (e sekundären Blogartikel; déi offiziell Startsäit vum 2. Dezember 2025 seet et net): 50 % vun de Berodungs- an techneschen Ëmsetzungskäschte vun engem KI-Projet, Fërderung plafonéiert op 50.000 € fir e klenge Betrib (e Projet vun 100.000 €) an op 100.000 € fir e mëttleren; kee Montant fir Mikrobetriber, déi wéi kleng behandelt ginn. Ëmsetzungskäschte si keng Berodung am Sënn vum Art. 18 AGVO: déi Hälschent bräicht eng aner Basis (Investitiounshëllef nom Art. 17, 20 % kleng / 10 % mëttel; Art. 29; oder De-minimis). Huelt de confirméierten Ëmfang, soulaang de Ministère dës Konditiounen net confirméiert huet.',
  },
  legalBasis: 'GBER art. 18 covers consultancy only; implementation costs would need another basis (art. 17, art. 29 or de minimis)',
  source: LAIF_ANNOUNCEMENT,
  extraSources: [LAIF_LAUNCH_PAGE, GBER, ...(base.get('fit4ai')!.extraSources ?? []).filter((s) => s.url !== GBER.url)],
  variantOf: 'fit4ai-guichet',
});

const fit4innovation = from('fit4innovation', {
  legalBasis: `${RDI_LAW_2025}, which replaced the law of 17 May 2017`,
  extraSources: sources('fit4innovation'),
});

const rdiExperimental = from('rdi-experimental-development', {
  description: {
    en: 'R&D project aid under the law of 6 June 2025 on RDI aid (which replaced the law of 17 May 2017): experimental development up to 45 % for small, 35 % for medium and 25 % for large enterprises, plus 15 points for effective collaboration (with an independent partner or a public research organisation), at most 80 %. Covers staff, contract research and equipment or compute used for the project. The rates are the GBER (art. 25) ceilings: check the rates the Ministry applies.',
    fr: 'Aide aux projets de R&D au titre de la loi du 6 juin 2025 relative aux aides RDI (qui a remplacé la loi du 17 mai 2017) : développement expérimental jusqu’à 45 % pour une petite, 35 % pour une moyenne et 25 % pour une grande entreprise, plus 15 points en cas de collaboration effective (avec un partenaire indépendant ou un organisme de recherche public), 80 % au plus. Couvre le personnel, la recherche contractuelle et les équipements ou le calcul utilisés pour le projet. Ces taux sont les plafonds du RGEC (art. 25) : vérifiez les taux appliqués par le ministère.',
    de: 'Beihilfe für FuE-Projekte nach dem Gesetz vom 6. Juni 2025 über FuEuI-Beihilfen (es hat das Gesetz vom 17. Mai 2017 ersetzt): experimentelle Entwicklung bis zu 45 % für kleine, 35 % für mittlere und 25 % für große Unternehmen, plus 15 Prozentpunkte bei wirksamer Zusammenarbeit (mit einem unabhängigen Partner oder einer öffentlichen Forschungseinrichtung), höchstens 80 %. Deckt Personal, Auftragsforschung sowie für das Projekt genutzte Ausrüstung oder Rechenzeit. Die Sätze sind die Obergrenzen der AGVO (Art. 25): Prüfen Sie die vom Ministerium angewandten Sätze.',
    lb: 'Hëllef fir F&E-Projeten nom Gesetz vum 6. Juni 2025 iwwer d’RDI-Hëllefen (et huet d’Gesetz vum 17. Mee 2017 ersat): experimentell Entwécklung bis zu 45 % fir e klengen, 35 % fir e mëttleren an 25 % fir e grousse Betrib, plus 15 Punkte bei enger effektiver Zesummenaarbecht (mat engem onofhängege Partner oder engem ëffentleche Fuerschungsinstitut), héchstens 80 %. Deckt Personal, Optragsfuerschung an Equipement oder Rechenzäit, déi fir de Projet gebraucht ginn. D’Sätz sinn d’Plafongen aus der AGVO (Art. 25): kontrolléiert d’Sätz, déi de Ministère applizéiert.',
  },
  legalBasis: `GBER art. 25 — ${RDI_LAW_2025}`,
  extraSources: sources('rdi-experimental-development'),
});

const rdiAdvisory = from('rdi-innovation-advisory', {
  description: {
    en: 'GBER art. 28: innovation advisory and support services (advice, training, use of standards, testing, cloud computing and data storage) up to 100 % as long as the total stays within €220,000 per undertaking over 3 years; the app counts nothing above that ceiling. Implementation work is not an advisory service and is not covered. SMEs only; granted under the law of 6 June 2025 on RDI aid. The €220,000 includes aid of this kind received in the last 3 years: ask the client.',
    fr: 'RGEC art. 28 : services de conseil et d’appui à l’innovation (conseil, formation, normes, essais, cloud computing et stockage de données) jusqu’à 100 % tant que le total reste dans 220 000 € par entreprise sur 3 ans ; l’application ne compte rien au-delà de ce plafond. Les travaux de mise en œuvre ne sont pas un service de conseil et ne sont pas couverts. Réservé aux PME ; accordé au titre de la loi du 6 juin 2025 relative aux aides RDI. Les 220 000 € incluent l’aide de ce type reçue ces 3 dernières années : demandez-le au client.',
    de: 'AGVO Art. 28: Innovationsberatungsdienste und innovationsunterstützende Dienstleistungen (Beratung, Schulung, Normen, Tests, Cloud-Computing und Datenspeicherung) bis zu 100 %, solange die Summe 220.000 € je Unternehmen in 3 Jahren nicht übersteigt; darüber rechnet die App nichts an. Umsetzungsarbeiten sind keine Beratungsdienste und nicht abgedeckt. Nur für KMU; gewährt nach dem Gesetz vom 6. Juni 2025 über FuEuI-Beihilfen. Die 220.000 € umfassen bereits in den letzten 3 Jahren erhaltene Beihilfen dieser Art: Fragen Sie den Kunden.',
    lb: 'AGVO Art. 28: Berodungs- an Ënnerstëtzungsservicer fir d’Innovatioun (Berodung, Formatioun, Normen, Tester, Cloud-Computing an Datespäicherung) bis zu 100 %, soulaang d’Total bannent 220.000 € pro Betrib iwwer 3 Joer bleift; iwwer dee Plafong rechent d’App näischt. Ëmsetzungsaarbechten si kee Berodungsservice a sinn net ofgedeckt. Just fir KMUen; accordéiert nom Gesetz vum 6. Juni 2025 iwwer d’RDI-Hëllefen. An den 220.000 € ass och d’Hëllef vun där Aart dran, déi de Betrib an de leschten 3 Joer scho krut: frot de Client.',
  },
  // Implementation work is not an advisory service (GBER art. 2(94)–(95)): out of the eligible costs.
  eligibleCostTypes: ['diagnostic_consultancy', 'training', 'compute'],
  legalBasis: `GBER art. 28 — ${RDI_LAW_2025}`,
  extraSources: sources('rdi-innovation-advisory'),
});

const rdiProcess = from('rdi-process-innovation', {
  legalBasis: `GBER art. 29 — ${RDI_LAW_2025}`,
  extraSources: sources('rdi-process-innovation'),
});

const CHANGED = new Map<string, Scheme>(
  [fit4aiGuichet, fit4aiAnnounced, fit4innovation, rdiExperimental, rdiAdvisory, rdiProcess].map((s) => [s.id, s]),
);

// The confirmed Fit 4 AI scope comes first: the first of a group is the default reading.
const ORDER = ['fit4ai-guichet', 'fit4ai'];
const schemes: Scheme[] = [
  ...ORDER.map((id) => CHANGED.get(id)!),
  ...SCHEMES_2026_1.schemes
    .filter((s) => !ORDER.includes(s.id))
    .map((s) => CHANGED.get(s.id) ?? from(s.id, s.extraSources ? { extraSources: sources(s.id) } : {})),
];

export const SCHEMES_2026_2: SchemeSet = {
  version: '2026.2',
  checkedOn: CHECKED,
  validUntil: GBER_VALID_UNTIL,
  schemes,
};
