/**
 * Funding schemes, version 2026.1 — public sources read on 2026-11-25 (domain.md §3).
 *
 * The L-AIF announcement (Dec 2025) is the default reading; where an official page says something
 * else the other reading ships as a variant (`variantOf`) and the advisor picks. Every figure not
 * found on an official page is listed in `unconfirmedFields`. Percentages are aid intensities on
 * costs excluding VAT; caps are aid amounts in cents.
 */
import type { Scheme, SchemeSet, SchemeSource } from './types';

const CHECKED = '2026-11-25';
const EUR = 100;

const GBER: SchemeSource = {
  title: 'Commission Regulation (EU) No 651/2014 (GBER), as amended by Regulation (EU) 2023/1315',
  url: 'https://eur-lex.europa.eu/eli/reg/2014/651/oj',
};
const DE_MINIMIS: SchemeSource = {
  title: 'Commission Regulation (EU) 2023/2831 on de minimis aid (€300,000 per undertaking over 3 years)',
  url: 'https://eur-lex.europa.eu/eli/reg/2023/2831/oj',
};
const SME_DEFINITION: SchemeSource = {
  title: 'Commission Recommendation 2003/361/EC (SME definition)',
  url: 'https://eur-lex.europa.eu/eli/reco/2003/361/oj',
};
const RDI_LAW: SchemeSource = {
  title: 'Loi du 17 mai 2017 (aides à la recherche, au développement et à l’innovation)',
  url: 'https://legilux.public.lu/eli/etat/leg/loi/2017/05/17/a544/jo',
};
const RDI_CONDITIONS: SchemeSource = {
  title: 'guichet.lu — General terms for RDI aid (now cites the RDI law of 6 June 2025)',
  url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/conditions-generales-aides-rdi.html',
};
const LAIF_ANNOUNCEMENT: SchemeSource = {
  title: 'Luxembourg AI Factory launch, Data Summit, 2 December 2025 (announcement; figures not on an official scheme page)',
  url: 'https://aifactory.lu/ai-news/luxembourg-ai-factory-sets-new-milestone',
};
const EUROHPC_ACCESS: SchemeSource = {
  title: 'EuroHPC JU — AI Factories access modes (Playground, Fast Lane, Large Scale); read through a secondary summary',
  url: 'https://www.eurohpc-ju.europa.eu/ai-factories/ai-factories-access-modes_en',
};

const SME_ONLY = { large: null } as const;

const schemes: Scheme[] = [
  {
    id: 'fit4ai',
    revision: 1,
    name: {
      en: 'Fit 4 AI (as announced with the L-AIF)',
      fr: 'Fit 4 AI (tel qu’annoncé avec la L-AIF)',
      de: 'Fit 4 AI (wie mit der L-AIF angekündigt)',
      lb: 'Fit 4 AI (wéi mat der L-AIF ugekënnegt)',
    },
    description: {
      en: 'Grant of 50 % of the consultancy and technical implementation costs of an AI project, as presented at the launch of the Luxembourg AI Factory (December 2025). Aid capped at €50,000 for a small company (a €100,000 project) and €100,000 for a medium-sized one. No figure was given for micro-enterprises: the app treats them like small ones. The official guichet.lu page covers only the consultant’s analysis — compare with the “guichet.lu” variant before promising this amount to the client.',
      fr: 'Subvention de 50 % des coûts de conseil et de mise en œuvre technique d’un projet d’IA, telle que présentée au lancement de la Luxembourg AI Factory (décembre 2025). Aide plafonnée à 50 000 € pour une petite entreprise (projet de 100 000 €) et à 100 000 € pour une moyenne entreprise. Aucun montant n’a été annoncé pour les micro-entreprises : l’application les traite comme des petites entreprises. La page officielle de guichet.lu ne couvre que l’étude du consultant — comparez avec la variante « guichet.lu » avant d’annoncer ce montant au client.',
      de: 'Zuschuss von 50 % der Beratungs- und technischen Umsetzungskosten eines KI-Projekts, wie beim Start der Luxembourg AI Factory (Dezember 2025) vorgestellt. Förderung gedeckelt auf 50.000 € für ein kleines Unternehmen (Projekt von 100.000 €) und 100.000 € für ein mittleres. Für Kleinstunternehmen wurde kein Betrag genannt: Die App behandelt sie wie kleine Unternehmen. Die offizielle Seite auf guichet.lu deckt nur die Studie des Beraters ab – vergleichen Sie mit der Variante „guichet.lu“, bevor Sie dem Kunden diesen Betrag in Aussicht stellen.',
      lb: 'Subventioun vu 50 % vun de Berodungs- an techneschen Ëmsetzungskäschte vun engem KI-Projet, esou wéi se beim Start vun der Luxembourg AI Factory (Dezember 2025) virgestallt gouf. D’Fërderung ass op 50.000 € fir e klenge Betrib (e Projet vun 100.000 €) an op 100.000 € fir e mëttlere Betrib plafonéiert. Fir Mikrobetriber gouf kee Montant genannt: d’App behandelt se wéi kleng Betriber. Déi offiziell Säit op guichet.lu deckt just d’Etude vum Consultant of – vergläicht mat der Variant „guichet.lu“, éier Dir dem Client dëse Montant zousot.',
    },
    eligibleCostTypes: ['diagnostic_consultancy', 'implementation_consultancy', 'technical_implementation'],
    intensityBySize: { micro: 0.5, small: 0.5, medium: 0.5, ...SME_ONLY },
    capCentsBySize: { micro: 50_000 * EUR, small: 50_000 * EUR, medium: 100_000 * EUR, ...SME_ONLY },
    sizeAssumptions: { micro: 'small' },
    legalBasis: 'GBER art. 18 (consultancy); basis for implementation costs not published',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: LAIF_ANNOUNCEMENT,
    extraSources: [GBER, SME_DEFINITION],
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['eligibleCostTypes', 'intensityBySize', 'capCentsBySize', 'capCentsBySize.micro', 'legalBasis', 'countsAsDeMinimis'],
  },
  {
    id: 'fit4ai-guichet',
    revision: 1,
    name: {
      en: 'Fit 4 AI (as on guichet.lu)',
      fr: 'Fit 4 AI (selon guichet.lu)',
      de: 'Fit 4 AI (laut guichet.lu)',
      lb: 'Fit 4 AI (laut guichet.lu)',
    },
    description: {
      en: 'Capital grant from the Ministry of the Economy for the study by a consultant approved by Luxinnovation: AI opportunities and internal capacities, ending in a detailed, costed action plan the company is free to carry out. Only the consultant’s study is eligible; Luxinnovation checks the quote. For SMEs with registered office and main activity in Luxembourg and a valid business permit; apply through MyGuichet.lu. The page states no rate: the app assumes 50 %, the ceiling the SME aid law of 9 August 2018 sets for consultancy, and no cap.',
      fr: 'Subvention en capital du ministère de l’Économie pour l’étude réalisée par un consultant agréé par Luxinnovation : opportunités d’IA et capacités internes, avec un plan d’action détaillé et chiffré que l’entreprise est libre de mettre en œuvre. Seule l’étude du consultant est éligible ; Luxinnovation vérifie le devis. Pour les PME ayant leur siège social et leur activité principale au Luxembourg et une autorisation d’établissement valable ; demande via MyGuichet.lu. La page n’indique aucun taux : l’application retient 50 %, plafond fixé pour le conseil par la loi PME du 9 août 2018, sans plafond de montant.',
      de: 'Kapitalzuschuss des Wirtschaftsministeriums für die Studie eines von Luxinnovation zugelassenen Beraters: KI-Potenziale und interne Kapazitäten, mit einem detaillierten, bezifferten Aktionsplan, den das Unternehmen umsetzen kann, aber nicht muss. Förderfähig ist nur die Studie des Beraters; Luxinnovation prüft den Kostenvoranschlag. Für KMU mit Gesellschaftssitz und Haupttätigkeit in Luxemburg und gültiger Niederlassungsgenehmigung; Antrag über MyGuichet.lu. Die Seite nennt keinen Satz: Die App nimmt 50 % an, die Obergrenze des KMU-Beihilfegesetzes vom 9. August 2018 für Beratung, ohne Höchstbetrag.',
      lb: 'Kapitalsubventioun vum Wirtschaftsministère fir d’Etude vun engem Consultant, deen vu Luxinnovation zougelooss ass: KI-Méiglechkeeten an intern Kapazitéiten, mat engem detailléierten, bezifferten Aktiounsplang, deen de Betrib ëmsetze kann, awer net muss. Just d’Etude vum Consultant ass fërderfäeg; Luxinnovation kontrolléiert den Devis. Fir KMUen, déi hire Sëtz an hir Haaptaktivitéit zu Lëtzebuerg hunn an eng gëlteg Autorisatioun d’établissement besëtzen; Demande iwwer MyGuichet.lu. D’Säit nennt kee Saz: d’App hëlt 50 % un, de Plafong vum KMU-Gesetz vum 9. August 2018 fir Berodung, ouni Plafong fir de Montant.',
    },
    eligibleCostTypes: ['diagnostic_consultancy'],
    intensityBySize: { micro: 0.5, small: 0.5, medium: 0.5, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    legalBasis: 'GBER art. 18 (law of 9 August 2018 on aid to SMEs)',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Fit 4 AI programme',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/regime-fit-4/fit-4-ai.html',
    },
    extraSources: [GBER],
    lastChecked: CHECKED,
    confirmed: true,
    unconfirmedFields: ['intensityBySize'],
    variantOf: 'fit4ai',
  },
  {
    id: 'fit4digital',
    revision: 1,
    name: { en: 'Fit 4 Digital', fr: 'Fit 4 Digital', de: 'Fit 4 Digital', lb: 'Fit 4 Digital' },
    description: {
      en: 'Digitalisation programme run by Luxinnovation with a consultant from its approved list. A flat €5,000 at the end of the 360° diagnostic, then up to 50 % of the consultant’s implementation costs. SMEs only; not twice within 2 years; not for an undertaking in difficulty.',
      fr: 'Programme de digitalisation piloté par Luxinnovation avec un consultant de sa liste agréée. Un forfait de 5 000 € à la fin du diagnostic à 360°, puis jusqu’à 50 % des coûts de mise en œuvre du consultant. Réservé aux PME ; pas deux fois en 2 ans ; pas pour une entreprise en difficulté.',
      de: 'Digitalisierungsprogramm von Luxinnovation mit einem Berater aus ihrer Liste zugelassener Berater. Pauschal 5.000 € am Ende der 360°-Diagnose, danach bis zu 50 % der Umsetzungskosten des Beraters. Nur für KMU; nicht zweimal innerhalb von 2 Jahren; nicht für Unternehmen in Schwierigkeiten.',
      lb: 'Digitaliséierungsprogramm vu Luxinnovation mat engem Consultant vun hirer Lëscht vun zougeloossene Consultanten. E Forfait vu 5.000 € um Enn vun der 360°-Diagnos, duerno bis zu 50 % vun den Ëmsetzungskäschte vum Consultant. Just fir KMUen; net zweemol bannent 2 Joer; net fir e Betrib a Schwieregkeeten.',
    },
    eligibleCostTypes: ['diagnostic_consultancy', 'implementation_consultancy'],
    intensityBySize: { micro: 0.5, small: 0.5, medium: 0.5, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    flatGrantCents: 5_000 * EUR,
    flatGrantCostTypes: ['diagnostic_consultancy'],
    legalBasis: 'GBER art. 18 (law of 9 August 2018 on aid to SMEs)',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'Luxinnovation — Fit 4 Digital',
      url: 'https://www.luxinnovation.lu/fit-4-digital-transition/',
    },
    extraSources: [GBER],
    lastChecked: CHECKED,
    confirmed: true,
  },
  {
    id: 'fit4innovation',
    revision: 1,
    name: {
      en: 'Fit 4 Innovation (diagnostic)',
      fr: 'Fit 4 Innovation (diagnostic)',
      de: 'Fit 4 Innovation (Diagnose)',
      lb: 'Fit 4 Innovation (Diagnos)',
    },
    description: {
      en: 'Operational performance programme, shown for comparison. Diagnostic phase of 6 to 8 weeks by an external consultant: fee capped at €15,000 excl. VAT, capital grant of 50 % of the fee — at most €7,500 of aid. For SMEs active in Luxembourg; the implementation phase is not modelled.',
      fr: 'Programme de performance opérationnelle, présenté à titre de comparaison. Phase de diagnostic de 6 à 8 semaines par un consultant externe : honoraires plafonnés à 15 000 € HTVA, subvention en capital de 50 % des honoraires — soit 7 500 € d’aide au plus. Pour les PME actives au Luxembourg ; la phase de mise en œuvre n’est pas modélisée.',
      de: 'Programm für operative Leistungsfähigkeit, zum Vergleich aufgeführt. Diagnosephase von 6 bis 8 Wochen durch einen externen Berater: Honorar auf 15.000 € ohne MwSt. begrenzt, Kapitalzuschuss von 50 % des Honorars – höchstens 7.500 € Förderung. Für in Luxemburg tätige KMU; die Umsetzungsphase ist nicht modelliert.',
      lb: 'Programm fir operativ Leeschtung, fir de Verglach opgelëscht. Diagnosphas vu 6 bis 8 Wochen duerch en externe Consultant: Honorar op 15.000 € ouni TVA plafonéiert, Kapitalsubventioun vu 50 % vum Honorar – also héchstens 7.500 € Fërderung. Fir KMUen, déi zu Lëtzebuerg aktiv sinn; d’Ëmsetzungsphas ass net modelléiert.',
    },
    eligibleCostTypes: ['diagnostic_consultancy'],
    intensityBySize: { micro: 0.5, small: 0.5, medium: 0.5, ...SME_ONLY },
    // The page caps the fee (€15,000 excl. VAT); at 50 % that is an aid cap of €7,500.
    capCentsBySize: { micro: 7_500 * EUR, small: 7_500 * EUR, medium: 7_500 * EUR, ...SME_ONLY },
    legalBasis: 'national law 17 May 2017 (RDI), renewed by the law of 6 June 2025',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Fit 4 Innovation programme',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/regime-fit-4/fit-4-innovation.html',
    },
    extraSources: [RDI_LAW, RDI_CONDITIONS],
    lastChecked: CHECKED,
    confirmed: true,
  },
  {
    id: 'sme-package-ai',
    revision: 1,
    name: { en: 'SME Package – AI', fr: 'SME Package – IA', de: 'SME Package – KI', lb: 'SME Package – KI' },
    description: {
      en: 'Fixed grant of €5,000 for a project of €6,650 to €25,000 excl. VAT, modelled on the SME Package – Sustainability. A pre-analysis by the House of Entrepreneurship (Chamber of Commerce) or the Chambre des Métiers is compulsory before applying. The AI package was announced in July 2024 but its terms are not published, so every figure here is unconfirmed.',
      fr: 'Aide forfaitaire de 5 000 € pour un projet de 6 650 € à 25 000 € HTVA, sur le modèle du SME Package – Sustainability. Une préanalyse par la House of Entrepreneurship (Chambre de Commerce) ou la Chambre des Métiers est obligatoire avant la demande. Le package IA a été annoncé en juillet 2024, mais ses conditions ne sont pas publiées : tous les montants ici sont donc non confirmés.',
      de: 'Pauschale Förderung von 5.000 € für ein Projekt von 6.650 € bis 25.000 € ohne MwSt., nach dem Vorbild des SME Package – Sustainability. Vor dem Antrag ist eine Voranalyse durch das House of Entrepreneurship (Handelskammer) oder die Handwerkskammer Pflicht. Das KI-Paket wurde im Juli 2024 angekündigt, seine Bedingungen sind aber nicht veröffentlicht: Alle Beträge hier sind daher unbestätigt.',
      lb: 'Pauschal Fërderung vu 5.000 € fir e Projet vu 6.650 € bis 25.000 € ouni TVA, nom Modell vum SME Package – Sustainability. Virun der Demande ass eng Viranalys duerch d’House of Entrepreneurship (Chambre de Commerce) oder d’Chambre des Métiers obligatoresch. De KI-Package gouf am Juli 2024 ugekënnegt, mä seng Konditioune sinn net publizéiert: dofir sinn all d’Montanten hei net confirméiert.',
    },
    eligibleCostTypes: ['implementation_consultancy', 'technical_implementation'],
    // A pure flat grant: the intensity only marks which size classes are eligible.
    intensityBySize: { micro: 1, small: 1, medium: 1, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    flatGrantCents: 5_000 * EUR,
    minProjectCents: 6_650 * EUR,
    maxProjectCents: 25_000 * EUR,
    legalBasis: 'not published (SME Packages: Ministry of the Economy, General Directorate for SMEs)',
    // Counted as de minimis to stay on the safe side until terms are published.
    countsAsDeMinimis: true,
    cumulation: 'de_minimis_highest_intensity',
    source: {
      title: 'guichet.lu — SME Packages – Sustainability (model for the announced AI package)',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/regime-sme-packages/soutien-pme/sme-packages-sustainability.html',
    },
    extraSources: [
      {
        title: 'Ministry of the Economy, 4 July 2024 — announcement of Fit 4 Digital – AI and an SME package on AI',
        url: 'https://meco.gouvernement.lu/en/actualites.gouvernement2024%2Ben%2Bactualites%2Btoutes_actualites%2Bcommuniques%2B2024%2B07-juillet%2B04-delles-luxinnovation.html',
      },
      DE_MINIMIS,
    ],
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['eligibleCostTypes', 'flatGrantCents', 'minProjectCents', 'maxProjectCents', 'legalBasis', 'countsAsDeMinimis'],
  },
  {
    id: 'cashback-compute-80',
    revision: 1,
    name: {
      en: 'MeluXina compute cashback (80 %)',
      fr: 'Cashback calcul MeluXina (80 %)',
      de: 'Cashback für MeluXina-Rechenzeit (80 %)',
      lb: 'Cashback fir MeluXina-Rechenzäit (80 %)',
    },
    description: {
      en: 'Refund of up to 80 % of MeluXina compute usage costs for eligible SMEs and start-ups, as announced with the Luxembourg AI Factory. No public terms found (eligibility, cap, legal basis): the app counts it as de minimis aid to stay on the safe side.',
      fr: 'Remboursement jusqu’à 80 % des coûts d’utilisation du calcul sur MeluXina pour les PME et start-up éligibles, tel qu’annoncé avec la Luxembourg AI Factory. Aucune condition publique trouvée (éligibilité, plafond, base légale) : par prudence, l’application la compte comme aide de minimis.',
      de: 'Erstattung von bis zu 80 % der Nutzungskosten für MeluXina-Rechenzeit für förderfähige KMU und Start-ups, wie mit der Luxembourg AI Factory angekündigt. Keine öffentlichen Bedingungen gefunden (Förderfähigkeit, Obergrenze, Rechtsgrundlage): Vorsichtshalber zählt die App sie als De-minimis-Beihilfe.',
      lb: 'Réckbezuelung vu bis zu 80 % vun de Käschte fir d’Rechenzäit op MeluXina fir fërderfäeg KMUen a Start-upen, esou wéi mat der Luxembourg AI Factory ugekënnegt. Keng ëffentlech Konditioune fonnt (Fërderfäegkeet, Plafong, gesetzlech Basis): virsiichteshalber zielt d’App se als De-minimis-Hëllef.',
    },
    eligibleCostTypes: ['compute'],
    intensityBySize: { micro: 0.8, small: 0.8, medium: 0.8, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    legalBasis: 'de minimis (Reg. 2023/2831) — assumed, not published',
    countsAsDeMinimis: true,
    cumulation: 'de_minimis_highest_intensity',
    source: LAIF_ANNOUNCEMENT,
    extraSources: [DE_MINIMIS],
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['intensityBySize', 'capCentsBySize', 'legalBasis', 'countsAsDeMinimis'],
  },
  {
    id: 'spin-off-aid',
    revision: 1,
    name: {
      en: 'Aid for public-research spin-offs',
      fr: 'Aide à la création de spin-off de la recherche publique',
      de: 'Beihilfe für Spin-offs aus der öffentlichen Forschung',
      lb: 'Hëllef fir Spin-offe vun der ëffentlecher Fuerschung',
    },
    description: {
      en: 'For small spin-offs of Luxembourg public research organisations: operating costs for up to 18 months before the first fundraising — staff, technical development, testing, data, cloud and HPC use, overheads. Scope from guichet.lu; the figures modelled here (up to €200,000 at 80 %) are not on the official page.',
      fr: 'Pour les petites spin-off des organismes de recherche publics luxembourgeois : frais de fonctionnement pendant 18 mois au plus avant la première levée de fonds — personnel, développement technique, tests, données, utilisation du cloud et du HPC, frais généraux. Champ d’application selon guichet.lu ; les montants modélisés ici (jusqu’à 200 000 € à 80 %) ne figurent pas sur la page officielle.',
      de: 'Für kleine Spin-offs luxemburgischer öffentlicher Forschungseinrichtungen: Betriebskosten für höchstens 18 Monate vor der ersten Kapitalbeschaffung – Personal, technische Entwicklung, Tests, Daten, Nutzung von Cloud und HPC, Gemeinkosten. Anwendungsbereich laut guichet.lu; die hier modellierten Beträge (bis zu 200.000 € zu 80 %) stehen nicht auf der offiziellen Seite.',
      lb: 'Fir kleng Spin-offe vu Lëtzebuerger ëffentleche Fuerschungsinstituter: Fonctionnementskäschte fir maximal 18 Méint virun der éischter Kapitalopnam – Personal, technesch Entwécklung, Tester, Donnéeën, Notzung vu Cloud an HPC, allgemeng Käschten. Uwendungsberäich laut guichet.lu; d’Montanten, déi hei modelléiert sinn (bis zu 200.000 € zu 80 %), stinn net op der offizieller Säit.',
    },
    eligibleCostTypes: ['personnel', 'technical_implementation', 'implementation_consultancy', 'compute', 'other'],
    // Small enterprises only (guichet.lu: "small enterprise" within GBER Annex I); micro is small.
    intensityBySize: { micro: 0.8, small: 0.8, medium: null, large: null },
    capCentsBySize: { micro: 200_000 * EUR, small: 200_000 * EUR, medium: null, large: null },
    legalBasis: 'national RDI law (6 June 2025, per guichet.lu) — spin-off aid',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Financial aid for the creation of spin-offs from public research',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/aide-creation-spin-off.html',
    },
    extraSources: [RDI_CONDITIONS, GBER],
    lastChecked: CHECKED,
    confirmed: true,
    unconfirmedFields: ['intensityBySize', 'capCentsBySize', 'legalBasis'],
  },
  {
    id: 'rdi-experimental-development',
    revision: 1,
    name: {
      en: 'RDI aid – experimental development',
      fr: 'Aide RDI – développement expérimental',
      de: 'FuEuI-Beihilfe – experimentelle Entwicklung',
      lb: 'RDI-Hëllef – experimentell Entwécklung',
    },
    description: {
      en: 'R&D project aid under the national RDI law: experimental development up to 45 % for small, 35 % for medium and 25 % for large enterprises, plus 15 points for effective collaboration (with an independent partner or a public research organisation), at most 80 %. Covers staff, contract research and equipment or compute used for the project. The rates are the GBER ceilings; the RDI law was renewed in 2025, so check the rates the Ministry applies.',
      fr: 'Aide aux projets de R&D au titre de la loi RDI : développement expérimental jusqu’à 45 % pour une petite, 35 % pour une moyenne et 25 % pour une grande entreprise, plus 15 points en cas de collaboration effective (avec un partenaire indépendant ou un organisme de recherche public), 80 % au plus. Couvre le personnel, la recherche contractuelle et les équipements ou le calcul utilisés pour le projet. Ces taux sont les plafonds du RGEC ; la loi RDI a été renouvelée en 2025 : vérifiez les taux appliqués par le ministère.',
      de: 'Beihilfe für FuE-Projekte nach dem nationalen FuEuI-Gesetz: experimentelle Entwicklung bis zu 45 % für kleine, 35 % für mittlere und 25 % für große Unternehmen, plus 15 Prozentpunkte bei wirksamer Zusammenarbeit (mit einem unabhängigen Partner oder einer öffentlichen Forschungseinrichtung), höchstens 80 %. Deckt Personal, Auftragsforschung sowie für das Projekt genutzte Ausrüstung oder Rechenzeit. Die Sätze sind die AGVO-Obergrenzen; das FuEuI-Gesetz wurde 2025 erneuert: Prüfen Sie die vom Ministerium angewandten Sätze.',
      lb: 'Hëllef fir F&E-Projeten nom nationale RDI-Gesetz: experimentell Entwécklung bis zu 45 % fir e klengen, 35 % fir e mëttleren an 25 % fir e grousse Betrib, plus 15 Punkte bei enger effektiver Zesummenaarbecht (mat engem onofhängege Partner oder engem ëffentleche Fuerschungsinstitut), héchstens 80 %. Deckt Personal, Optragsfuerschung an Equipement oder Rechenzäit, déi fir de Projet gebraucht ginn. D’Sätz sinn d’Plafongen aus der AGVO; d’RDI-Gesetz gouf 2025 erneiert: kontrolléiert d’Sätz, déi de Ministère applizéiert.',
    },
    eligibleCostTypes: ['personnel', 'technical_implementation', 'compute'],
    // GBER art. 25(5)(c) 25 % base, (6)(a) +20 points small / +10 medium, (6)(b) +15 collaboration, max 80 %.
    intensityBySize: { micro: 0.45, small: 0.45, medium: 0.35, large: 0.25 },
    capCentsBySize: { micro: null, small: null, medium: null, large: null },
    collaborationBonus: { points: 0.15, maxIntensity: 0.8 },
    legalBasis: 'GBER art. 25 — national law 17 May 2017 (RDI), renewed by the law of 6 June 2025',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Financial aid for research and development projects',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/aides-rdi.html',
    },
    extraSources: [GBER, RDI_LAW, RDI_CONDITIONS],
    lastChecked: CHECKED,
    confirmed: true,
    unconfirmedFields: ['intensityBySize'],
  },
  {
    id: 'rdi-innovation-advisory',
    revision: 1,
    name: {
      en: 'SME innovation aid – advisory and support services',
      fr: 'Aide à l’innovation des PME – services de conseil et d’appui',
      de: 'KMU-Innovationsbeihilfe – Beratungs- und Unterstützungsdienste',
      lb: 'Innovatiounshëllef fir KMUen – Berodungs- an Ënnerstëtzungsservicer',
    },
    description: {
      en: 'GBER art. 28: innovation advisory and support services (consultancy, training, use of standards, testing, cloud computing and data storage) up to 100 % as long as the total stays within €220,000 per undertaking over 3 years; beyond that 50 %. SMEs only. The €220,000 includes aid of this kind received in the last 3 years: ask the client.',
      fr: 'RGEC art. 28 : services de conseil et d’appui à l’innovation (conseil, formation, normes, essais, cloud computing et stockage de données) jusqu’à 100 % tant que le total reste dans 220 000 € par entreprise sur 3 ans ; au-delà 50 %. Réservé aux PME. Les 220 000 € incluent l’aide de ce type reçue ces 3 dernières années : demandez-le au client.',
      de: 'AGVO Art. 28: Innovationsberatungsdienste und innovationsunterstützende Dienstleistungen (Beratung, Schulung, Normen, Tests, Cloud-Computing und Datenspeicherung) bis zu 100 %, solange die Summe 220.000 € je Unternehmen in 3 Jahren nicht übersteigt; darüber 50 %. Nur für KMU. Die 220.000 € umfassen bereits in den letzten 3 Jahren erhaltene Beihilfen dieser Art: Fragen Sie den Kunden.',
      lb: 'AGVO Art. 28: Berodungs- an Ënnerstëtzungsservicer fir d’Innovatioun (Berodung, Formatioun, Normen, Tester, Cloud-Computing an Datespäicherung) bis zu 100 %, soulaang d’Total bannent 220.000 € pro Betrib iwwer 3 Joer bleift; doriwwer 50 %. Just fir KMUen. An den 220.000 € ass och d’Hëllef vun där Aart dran, déi de Betrib an de leschten 3 Joer scho krut: frot de Client.',
    },
    eligibleCostTypes: ['diagnostic_consultancy', 'implementation_consultancy', 'training', 'compute'],
    intensityBySize: { micro: 1, small: 1, medium: 1, ...SME_ONLY },
    // GBER art. 28(3) as amended by Reg. 2023/1315: 100 % within €220,000 per undertaking per 3 years.
    capCentsBySize: { micro: 220_000 * EUR, small: 220_000 * EUR, medium: 220_000 * EUR, ...SME_ONLY },
    legalBasis: 'GBER art. 28 — national law 17 May 2017 (RDI), renewed by the law of 6 June 2025',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Financial aid for SME innovation',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/aide-innovation-pme.html',
    },
    extraSources: [GBER, RDI_LAW, RDI_CONDITIONS],
    lastChecked: CHECKED,
    confirmed: true,
    unconfirmedFields: ['intensityBySize'],
  },
  {
    id: 'rdi-process-innovation',
    revision: 1,
    name: {
      en: 'Process and organisational innovation aid',
      fr: 'Aide à l’innovation de procédé et d’organisation',
      de: 'Beihilfe für Prozess- und Organisationsinnovation',
      lb: 'Hëllef fir Prozess- an Organisatiounsinnovatioun',
    },
    description: {
      en: 'GBER art. 29: up to 50 % for SMEs of the staff, equipment, contract research and overhead costs of a new or significantly improved production, delivery or organisational method — typically an AI system that changes how the company works. Large enterprises (15 %, only in collaboration with SMEs) are not modelled.',
      fr: 'RGEC art. 29 : jusqu’à 50 % pour les PME des frais de personnel, d’équipement, de recherche contractuelle et des frais généraux d’une méthode de production, de distribution ou d’organisation nouvelle ou sensiblement améliorée — typiquement un système d’IA qui change la façon de travailler de l’entreprise. Les grandes entreprises (15 %, seulement en collaboration avec des PME) ne sont pas modélisées.',
      de: 'AGVO Art. 29: bis zu 50 % für KMU der Personal-, Ausrüstungs-, Auftragsforschungs- und Gemeinkosten einer neuen oder deutlich verbesserten Produktions-, Liefer- oder Organisationsmethode – typischerweise ein KI-System, das die Arbeitsweise des Unternehmens verändert. Große Unternehmen (15 %, nur in Zusammenarbeit mit KMU) sind nicht modelliert.',
      lb: 'AGVO Art. 29: bis zu 50 % fir KMUen vun de Käschte fir Personal, Equipement, Optragsfuerschung an allgemeng Käschte vun enger neier oder däitlech verbesserter Produktiouns-, Liwwer- oder Organisatiounsmethod – typescherweis e KI-System, dat d’Aarbechtsweis vum Betrib ännert. Grouss Betriber (15 %, just an Zesummenaarbecht mat KMUen) sinn net modelléiert.',
    },
    eligibleCostTypes: ['personnel', 'technical_implementation', 'implementation_consultancy', 'compute'],
    intensityBySize: { micro: 0.5, small: 0.5, medium: 0.5, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    legalBasis: 'GBER art. 29 — national law 17 May 2017 (RDI), renewed by the law of 6 June 2025',
    countsAsDeMinimis: false,
    cumulation: 'gber_highest_intensity',
    source: {
      title: 'guichet.lu — Aid for process and organisational innovation',
      url: 'https://guichet.public.lu/en/entreprises/financement-aides/aides-recherche-developpement/rdi/aide-innovation-procede-organisation.html',
    },
    extraSources: [GBER, RDI_LAW, RDI_CONDITIONS],
    lastChecked: CHECKED,
    confirmed: true,
    unconfirmedFields: ['intensityBySize'],
  },
  {
    id: 'eurohpc-aif-fast-lane',
    revision: 1,
    name: {
      en: 'EuroHPC AI Factory access – Fast Lane',
      fr: 'Accès AI Factory EuroHPC – Fast Lane',
      de: 'EuroHPC-AI-Factory-Zugang – Fast Lane',
      lb: 'Accès zur EuroHPC AI Factory – Fast Lane',
    },
    description: {
      en: 'Up to 50,000 GPU-hours for a development or fine-tuning project: decision in about 4 working days, 1 to 3 months of access. Described as free of charge for eligible AI SMEs and start-ups (EU funds, not State aid). Taken from a secondary summary of the EuroHPC pages: unconfirmed.',
      fr: 'Jusqu’à 50 000 heures GPU pour un projet de développement ou d’affinage (fine-tuning) : décision en 4 jours ouvrables environ, accès de 1 à 3 mois. Présenté comme gratuit pour les PME et start-up d’IA éligibles (fonds de l’UE, pas une aide d’État). Repris d’un résumé secondaire des pages EuroHPC : non confirmé.',
      de: 'Bis zu 50.000 GPU-Stunden für ein Entwicklungs- oder Fine-Tuning-Projekt: Entscheidung in etwa 4 Arbeitstagen, 1 bis 3 Monate Zugang. Als kostenlos für förderfähige KI-KMU und Start-ups beschrieben (EU-Mittel, keine staatliche Beihilfe). Aus einer Sekundärzusammenfassung der EuroHPC-Seiten übernommen: unbestätigt.',
      lb: 'Bis zu 50.000 GPU-Stonne fir en Entwécklungs- oder Fine-Tuning-Projet: Decisioun an ongeféier 4 Aarbechtsdeeg, 1 bis 3 Méint Accès. Als gratis fir fërderfäeg KI-KMUen a Start-upe beschriwwen (EU-Suen, keng staatlech Hëllef). Aus enger sekundärer Zesummefassung vun den EuroHPC-Säiten iwwerholl: net confirméiert.',
    },
    eligibleCostTypes: ['compute'],
    intensityBySize: { micro: 1, small: 1, medium: 1, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    gpuHoursAtMost: 50_000,
    legalBasis: 'EuroHPC JU access policy (Council Reg. 2021/1173 as amended by 2024/1732) — not State aid',
    countsAsDeMinimis: false,
    cumulation: 'eu_managed_funds',
    source: EUROHPC_ACCESS,
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['intensityBySize', 'gpuHoursAtMost'],
  },
  {
    id: 'eurohpc-aif-playground',
    revision: 1,
    name: {
      en: 'EuroHPC AI Factory access – Playground',
      fr: 'Accès AI Factory EuroHPC – Playground',
      de: 'EuroHPC-AI-Factory-Zugang – Playground',
      lb: 'Accès zur EuroHPC AI Factory – Playground',
    },
    description: {
      en: 'Entry-level access to an AI Factory supercomputer to try out a workflow: decision in about 2 working days, 1 to 3 months of access. Described as free of charge for eligible AI SMEs and start-ups (EU funds, not State aid). Taken from a secondary summary of the EuroHPC pages: unconfirmed.',
      fr: 'Accès d’entrée à un supercalculateur d’AI Factory pour tester un flux de travail : décision en 2 jours ouvrables environ, accès de 1 à 3 mois. Présenté comme gratuit pour les PME et start-up d’IA éligibles (fonds de l’UE, pas une aide d’État). Repris d’un résumé secondaire des pages EuroHPC : non confirmé.',
      de: 'Einstiegszugang zu einem AI-Factory-Supercomputer, um einen Arbeitsablauf zu erproben: Entscheidung in etwa 2 Arbeitstagen, 1 bis 3 Monate Zugang. Als kostenlos für förderfähige KI-KMU und Start-ups beschrieben (EU-Mittel, keine staatliche Beihilfe). Aus einer Sekundärzusammenfassung der EuroHPC-Seiten übernommen: unbestätigt.',
      lb: 'Accès fir den Ufank op e Supercomputer vun enger AI Factory, fir en Aarbechtsoflaf auszeprobéieren: Decisioun an ongeféier 2 Aarbechtsdeeg, 1 bis 3 Méint Accès. Als gratis fir fërderfäeg KI-KMUen a Start-upe beschriwwen (EU-Suen, keng staatlech Hëllef). Aus enger sekundärer Zesummefassung vun den EuroHPC-Säiten iwwerholl: net confirméiert.',
    },
    eligibleCostTypes: ['compute'],
    intensityBySize: { micro: 1, small: 1, medium: 1, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    legalBasis: 'EuroHPC JU access policy (Council Reg. 2021/1173 as amended by 2024/1732) — not State aid',
    countsAsDeMinimis: false,
    cumulation: 'eu_managed_funds',
    source: EUROHPC_ACCESS,
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['intensityBySize'],
    variantOf: 'eurohpc-aif-fast-lane',
  },
  {
    id: 'eurohpc-aif-large-scale',
    revision: 1,
    name: {
      en: 'EuroHPC AI Factory access – Large Scale',
      fr: 'Accès AI Factory EuroHPC – Large Scale',
      de: 'EuroHPC-AI-Factory-Zugang – Large Scale',
      lb: 'Accès zur EuroHPC AI Factory – Large Scale',
    },
    description: {
      en: 'More than 50,000 GPU-hours after peer review, for 3, 6 or 12 months — to train or adapt larger models. Described as free of charge for eligible AI SMEs and start-ups (EU funds, not State aid). Taken from a secondary summary of the EuroHPC pages: unconfirmed.',
      fr: 'Plus de 50 000 heures GPU après évaluation par les pairs, pour 3, 6 ou 12 mois — pour entraîner ou adapter des modèles plus grands. Présenté comme gratuit pour les PME et start-up d’IA éligibles (fonds de l’UE, pas une aide d’État). Repris d’un résumé secondaire des pages EuroHPC : non confirmé.',
      de: 'Mehr als 50.000 GPU-Stunden nach Peer-Review, für 3, 6 oder 12 Monate – zum Trainieren oder Anpassen größerer Modelle. Als kostenlos für förderfähige KI-KMU und Start-ups beschrieben (EU-Mittel, keine staatliche Beihilfe). Aus einer Sekundärzusammenfassung der EuroHPC-Seiten übernommen: unbestätigt.',
      lb: 'Méi wéi 50.000 GPU-Stonnen no engem Peer-Review, fir 3, 6 oder 12 Méint – fir méi grouss Modeller ze trainéieren oder unzepassen. Als gratis fir fërderfäeg KI-KMUen a Start-upe beschriwwen (EU-Suen, keng staatlech Hëllef). Aus enger sekundärer Zesummefassung vun den EuroHPC-Säiten iwwerholl: net confirméiert.',
    },
    eligibleCostTypes: ['compute'],
    intensityBySize: { micro: 1, small: 1, medium: 1, ...SME_ONLY },
    capCentsBySize: { micro: null, small: null, medium: null, ...SME_ONLY },
    gpuHoursAbove: 50_000,
    legalBasis: 'EuroHPC JU access policy (Council Reg. 2021/1173 as amended by 2024/1732) — not State aid',
    countsAsDeMinimis: false,
    cumulation: 'eu_managed_funds',
    source: EUROHPC_ACCESS,
    lastChecked: CHECKED,
    confirmed: false,
    unconfirmedFields: ['intensityBySize', 'gpuHoursAbove'],
    variantOf: 'eurohpc-aif-fast-lane',
  },
];

export const SCHEMES_2026_1: SchemeSet = {
  version: '2026.1',
  checkedOn: CHECKED,
  // Added with 2026.2 (no figure changed): this set rests on the same GBER, which ends 31 Dec 2026.
  validUntil: '2026-12-31',
  schemes,
};
