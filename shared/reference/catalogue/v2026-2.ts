/**
 * Roadmap catalogue 2026.2, written against instrument 2026.2 (issue 10). Saved roadmaps keep the
 * catalogue version they were generated from; 2026.1 stays unchanged next to this one.
 *
 * What changed from 2026.1, and why:
 * - Order of the groundwork: the customer-service chatbot needs its AI Act classification and a
 *   GDPR impact assessment first; the generative-AI assistant needs the cybersecurity baseline and an
 *   access-rights clean-up (an assistant sees what its user may see); MLOps monitoring needs a pilot
 *   in production; fine-tuning needs a business case and a prompting/RAG baseline to beat; Fit 4 AI
 *   is the entry step (its consultant analyses the opportunities), not something after a workshop;
 *   the AI Act classification can start at once (existing uses need it as much as planned ones).
 * - New Fund and Connect steps: RDI or process-innovation application, EuroHPC / L-AIF compute
 *   access request, L-DIH test before invest, training co-financing, AI vendor selection, a first free
 *   cybersecurity diagnostic; and switching on and governing the AI features of software already owned.
 * - Item ids follow instrument 2026.2 (`ai_use.genai` was split; new items are addressed).
 * - RDI aid cites its legal basis, the law of 6 June 2025 (domain.md §3).
 * Unchanged templates are the 2026.1 objects themselves.
 */
import type { Catalogue, InitiativeTemplate } from './types';
import { CATALOGUE_2026_1 } from './v2026-1';

const eur = (euros: number): number => Math.round(euros * 100);

/** The 2026.1 template with that id, optionally changed (throws at load time on a typo). */
function from2026_1(id: string, changes: Partial<InitiativeTemplate> = {}): InitiativeTemplate {
  const template = CATALOGUE_2026_1.templates.find((t) => t.id === id);
  if (!template) throw new Error(`Catalogue 2026.1 has no template ${id}`);
  return Object.keys(changes).length === 0 ? template : { ...template, ...changes };
}

// ───────────────────────────── Assess & Accelerate ─────────────────────────────
const ASSESS: InitiativeTemplate[] = [
  from2026_1('ai-opportunity-workshop'),
  from2026_1('use-case-business-case'),
  from2026_1('data-inventory-audit'),
  // Existing AI uses need a classification as much as planned ones: no workshop first.
  from2026_1('ai-act-classification', { prerequisites: [] }),
  from2026_1('gdpr-dpia'),
  from2026_1('cybersecurity-baseline', { prerequisites: ['cyber-first-diagnostic'] }),
  {
    id: 'access-rights-cleanup',
    pillar: 'assess',
    dimensionIds: ['foundations', 'data'],
    itemIds: ['foundations.ai_security', 'data.governance'],
    durationMonths: 2,
    costRangeCents: [eur(4_000), eur(12_000)],
    prerequisites: [],
    buildsAiSystem: false,
    title: {
      fr: "Remise en ordre des droits d'accès avant de connecter un assistant d'IA",
      de: 'Zugriffsrechte bereinigen, bevor ein KI-Assistent angebunden wird',
      en: 'Access-rights clean-up before connecting an AI assistant',
      lb: 'Zougrëffsrechter opraumen, ier en KI-Assistent ugeschloss gëtt',
    },
    rationale: {
      fr: "Un assistant connecté aux fichiers et à la messagerie retrouve tout ce que son utilisateur peut ouvrir, y compris les dossiers partagés par erreur. Revoir les droits des partages, des sites et des boîtes communes, supprimer les liens « tout le monde », étiqueter les fichiers confidentiels et désigner qui valide les nouveaux accès.",
      de: 'Ein mit Dateien und E-Mail verbundener Assistent findet alles, was sein Nutzer öffnen darf, auch versehentlich freigegebene Ordner. Rechte an Freigaben, Sites und Sammelpostfächern prüfen, „Jeder“-Links entfernen, vertrauliche Dateien kennzeichnen und festlegen, wer neue Zugriffe freigibt.',
      en: 'An assistant connected to files and mail finds everything its user can open, including folders shared by mistake. Review the rights on shares, sites and shared mailboxes, remove “anyone” links, label confidential files and name who approves new access.',
      lb: "En Assistent, deen un d'Fichieren an d'Mailen ugeschloss ass, fënnt alles, wat säi Benotzer opmaache kann, och Dossieren, déi aus Versinn gedeelt goufen. D'Rechter op Partagen, Säiten a gemeinsame Mailboxen iwwerpréiwen, „jiddereen“-Linken ewechhuelen, vertraulech Fichieren etikettéieren a festleeën, wien nei Zougrëffer fräigëtt.",
    },
    kpis: [
      {
        fr: "Liens de partage ouverts à « tout le monde » supprimés (%)",
        de: 'Entfernte „Jeder“-Freigabelinks (%)',
        en: 'Share of “anyone” links removed (%)',
        lb: 'Undeel vun de „jiddereen“-Linken, déi ewechgeholl goufen (%)',
      },
      {
        fr: 'Dossiers confidentiels étiquetés avant la mise en service de l’assistant',
        de: 'Vor dem Start des Assistenten gekennzeichnete vertrauliche Ordner',
        en: 'Confidential folders labelled before the assistant goes live',
        lb: 'Vertraulech Dossieren, déi etikettéiert sinn, ier den Assistent a Betrib geet',
      },
    ],
  },
  from2026_1('it-energy-measurement'),
  from2026_1('ai-usage-policy', {
    // Data-entry rules live in the policy (instrument 2026.2 asks them once); it also settles the use of generated output.
    dimensionIds: ['responsible'],
    itemIds: ['responsible.policy', 'responsible.ip_output'],
    rationale: {
      fr: "Des salariés collent déjà des données clients dans des chatbots gratuits. Une charte de deux pages dit quels outils sont autorisés, quelles données ne doivent jamais y entrer, qui vérifie les résultats, où les textes et images générés peuvent être utilisés (droits d'auteur) et comment signaler un problème.",
      de: 'Mitarbeitende kopieren schon heute Kundendaten in kostenlose Chatbots. Eine zweiseitige Richtlinie legt fest, welche Werkzeuge erlaubt sind, welche Daten nie eingegeben werden dürfen, wer Ergebnisse prüft, wo erzeugte Texte und Bilder verwendet werden dürfen (Urheberrecht) und wie ein Problem gemeldet wird.',
      en: 'Staff already paste customer data into free chatbots. A two-page policy says which tools are allowed, what data may never go in, who checks outputs, where generated texts and images may be used (copyright) and how to report a problem.',
      lb: "Mataarbechter kopéieren haut schonn Donnéeë vu Clienten a gratis Chatbots. Eng Richtlinn vun zwou Säite seet, wéi eng Tools erlaabt sinn, wéi eng Donnéeën ni dra kommen dierfen, wien d'Resultater kontrolléiert, wou generéiert Texter a Biller benotzt dierfe ginn (Urheberrecht) a wéi ee e Problem mellt.",
    },
  }),
];

// ───────────────────────────── Upskill & Train ─────────────────────────────
const UPSKILL: InitiativeTemplate[] = [
  from2026_1('ai-literacy-managers'),
  from2026_1('ai-literacy-staff', { itemIds: ['people.literacy', 'people.training', 'ai_use.genai_use'] }),
  from2026_1('ai-champions-network'),
];

// ───────────────────────────── Connect ─────────────────────────────
const CONNECT: InitiativeTemplate[] = [
  from2026_1('connect-research-partners'),
  from2026_1('laif-ecosystem'),
  {
    id: 'ldih-test-before-invest',
    pillar: 'connect',
    dimensionIds: ['ai_use', 'strategy'],
    itemIds: ['ai_use.pilots', 'strategy.ai_offer'],
    durationMonths: 3,
    // The company's own time and any share the hub charges; the hub states its conditions.
    costRangeCents: [eur(2_000), eur(10_000)],
    prerequisites: [],
    buildsAiSystem: false,
    title: {
      fr: 'Tester avant d’investir avec le L-DIH (Luxembourg Digital Innovation Hub)',
      de: 'Testen vor dem Investieren mit dem L-DIH (Luxembourg Digital Innovation Hub)',
      en: 'Test before invest with the L-DIH (Luxembourg Digital Innovation Hub)',
      lb: 'Testen, ier ee investéiert, mam L-DIH (Luxembourg Digital Innovation Hub)',
    },
    rationale: {
      fr: "Le pôle européen d'innovation numérique du Luxembourg aide les PME à essayer une solution d'IA, dans leurs processus ou dans leur offre, sur un cas réel avant d'acheter ou de développer : démonstration, preuve de concept encadrée, mise en relation avec des fournisseurs. Les conditions (part éventuelle à la charge de l'entreprise) sont à demander au L-DIH.",
      de: 'Der European Digital Innovation Hub Luxemburgs hilft KMU, eine KI-Lösung für ihre Abläufe oder ihr Angebot an einem echten Fall zu erproben, bevor sie kaufen oder entwickeln: Demonstration, begleiteter Machbarkeitsnachweis, Kontakte zu Anbietern. Die Bedingungen (ein etwaiger Eigenanteil) erfragt man beim L-DIH.',
      en: "Luxembourg's European Digital Innovation Hub helps SMEs try an AI solution, for their processes or their offer, on a real case before buying or building it: a demonstration, a guided proof of concept, introductions to providers. Ask the L-DIH for its conditions (any share the company pays).",
      lb: "De European Digital Innovation Hub vu Lëtzebuerg hëlleft PMEen, eng KI-Léisung fir hir Prozesser oder hir Offer un engem richtege Fall ze probéieren, ier se se kafen oder entwéckelen: Demonstratioun, begleete Proof of Concept, Kontakter mat Fournisseuren. D'Konditiounen (en eventuellen Undeel vum Betrib) freet een um L-DIH no.",
    },
    kpis: [
      {
        fr: 'Preuve de concept réalisée sur un cas réel de l’entreprise',
        de: 'Machbarkeitsnachweis an einem echten Fall des Unternehmens durchgeführt',
        en: 'Proof of concept run on a real case of the company',
        lb: 'Proof of Concept un engem richtege Fall vum Betrib gemaach',
      },
      {
        fr: 'Décision d’investir ou non consignée, avec ses raisons',
        de: 'Investitionsentscheidung mit Begründung festgehalten',
        en: 'Invest or no-invest decision recorded with its reasons',
        lb: 'Decisioun fir ze investéieren oder net, mat hire Grënn festgehalen',
      },
    ],
  },
  {
    id: 'ai-vendor-selection',
    pillar: 'connect',
    dimensionIds: ['responsible', 'foundations'],
    itemIds: ['responsible.vendors', 'foundations.cloud'],
    durationMonths: 2,
    costRangeCents: [eur(3_000), eur(10_000)],
    prerequisites: [],
    buildsAiSystem: false,
    title: {
      fr: "Choix d'un fournisseur d'IA avec vérification du contrat",
      de: 'Auswahl eines KI-Anbieters mit Vertragsprüfung',
      en: 'AI vendor selection with contract due diligence',
      lb: 'Auswiel vun engem KI-Fournisseur mat Iwwerpréiwung vum Kontrakt',
    },
    rationale: {
      fr: "Comparer deux ou trois fournisseurs ou intégrateurs sur le même cahier des charges et la même liste de contrôle : lieu de traitement des données, contrat de sous-traitance (RGPD art. 28), pas d'entraînement sur les données de l'entreprise, qui est fournisseur et qui est déployeur au sens de l'AI Act, réversibilité et restitution des données, prix sur trois ans.",
      de: 'Zwei oder drei Anbieter oder Integratoren mit demselben Lastenheft und derselben Checkliste vergleichen: Ort der Datenverarbeitung, Auftragsverarbeitungsvertrag (DSGVO Art. 28), kein Training mit Unternehmensdaten, wer nach dem AI Act Anbieter und wer Betreiber ist, Ausstieg und Rückgabe der Daten, Preis über drei Jahre.',
      en: 'Compare two or three vendors or integrators on the same requirements and the same checklist: where data is processed, a data processing agreement (GDPR art. 28), no training on company data, who is provider and who is deployer under the AI Act, exit and return of the data, price over three years.',
      lb: "Zwee oder dräi Fournisseuren oder Integrateuren op deemselwechte Cahier des charges an där selwechter Checklëscht vergläichen: wou d'Donnéeë veraarbecht ginn, Sous-traitance-Kontrakt (RGPD Art. 28), keen Training mat den Donnéeë vum Betrib, wien nom AI Act Ubidder a wien Deployer ass, Ausstig a Réckgab vun den Donnéeën, Präis iwwer dräi Joer.",
    },
    kpis: [
      {
        fr: 'Offres comparées sur la même liste de contrôle',
        de: 'Anhand derselben Checkliste verglichene Angebote',
        en: 'Offers compared on the same checklist',
        lb: 'Offeren, déi op där selwechter Checklëscht verglach goufen',
      },
      {
        fr: 'Contrat signé avec clause de sortie et contrat de sous-traitance',
        de: 'Vertrag mit Ausstiegsklausel und Auftragsverarbeitungsvertrag unterzeichnet',
        en: 'Contract signed with an exit clause and a data processing agreement',
        lb: 'Kontrakt mat Ausstigsklausel a Sous-traitance-Kontrakt ënnerschriwwen',
      },
    ],
  },
  {
    id: 'cyber-first-diagnostic',
    pillar: 'connect',
    dimensionIds: ['foundations'],
    itemIds: ['foundations.cybersecurity'],
    durationMonths: 1,
    // The diagnostic is free; the range is the company's own time.
    costRangeCents: [eur(0), eur(1_500)],
    prerequisites: [],
    buildsAiSystem: false,
    title: {
      fr: 'Premier diagnostic de cybersécurité gratuit',
      de: 'Erste kostenlose Cybersicherheits-Diagnose',
      en: 'A first free cybersecurity diagnostic',
      lb: 'Eng éischt gratis Diagnos vun der Cybersécherheet',
    },
    rationale: {
      fr: "Commencer par un diagnostic gratuit, par ex. l'autoévaluation en ligne Fit4Cybersecurity de la Luxembourg House of Cybersecurity : une heure pour savoir quelles mesures de base manquent et par où commencer avec le prestataire informatique.",
      de: 'Mit einer kostenlosen Diagnose beginnen, z. B. der Online-Selbstbewertung Fit4Cybersecurity des Luxembourg House of Cybersecurity: eine Stunde, um zu wissen, welche Grundmaßnahmen fehlen und wo man mit dem IT-Dienstleister anfängt.',
      en: 'Start with a free diagnostic, e.g. the online Fit4Cybersecurity self-assessment of the Luxembourg House of Cybersecurity: one hour to know which basic measures are missing and where to start with the IT provider.',
      lb: "Mat enger gratis Diagnos ufänken, z. B. der Online-Selbstevaluatioun Fit4Cybersecurity vum Luxembourg House of Cybersecurity: eng Stonn, fir ze wëssen, wéi eng Basismoossname feelen a wou een mam IT-Prestataire ufänkt.",
    },
    kpis: [
      {
        fr: 'Diagnostic réalisé et résultat partagé avec la direction',
        de: 'Diagnose durchgeführt und Ergebnis mit der Geschäftsleitung geteilt',
        en: 'Diagnostic done and its result shared with management',
        lb: 'Diagnos gemaach an d’Resultat mat der Direktioun gedeelt',
      },
      {
        fr: 'Trois mesures prioritaires choisies, chacune avec un responsable',
        de: 'Drei vorrangige Maßnahmen gewählt, jede mit verantwortlicher Person',
        en: 'Three priority measures chosen, each with an owner',
        lb: 'Dräi prioritär Moossnamen ausgewielt, all eenzel mat engem Responsabelen',
      },
    ],
  },
];

// ───────────────────────────── Fund ─────────────────────────────
const FUND: InitiativeTemplate[] = [
  from2026_1('apply-fit4ai', {
    // The entry step: the approved consultant's analysis finds and ranks the opportunities itself.
    itemIds: ['strategy.use_cases', 'strategy.business_case', 'strategy.budget'],
    prerequisites: [],
    rationale: {
      fr: "Le point d'entrée : Fit 4 AI cofinance l'analyse, par un consultant agréé par l'agence, des opportunités IA et des capacités internes, qui aboutit à un plan d'action détaillé et chiffré ; aucun atelier préalable n'est nécessaire. L'aide du ministère de l'Économie se demande via MyGuichet avant le début des travaux. Le coût indiqué est celui de l'analyse ; le taux d'aide figure dans le scénario de financement.",
      de: 'Der Einstieg: Fit 4 AI fördert die Analyse der KI-Chancen und internen Fähigkeiten durch einen von der Agentur zugelassenen Berater, die in einen detaillierten, bezifferten Maßnahmenplan mündet; ein vorheriger Workshop ist nicht nötig. Die Förderung des Wirtschaftsministeriums wird über MyGuichet beantragt, bevor die Arbeit beginnt. Die angezeigten Kosten sind die der Analyse; der Fördersatz steht im Förderszenario.',
      en: "The entry step: Fit 4 AI co-funds an analysis of AI opportunities and internal capacities by a consultant approved by the agency, ending in a detailed, costed action plan; no workshop is needed first. The Ministry of the Economy's grant is applied for through MyGuichet before the work starts. The cost shown is the analysis; the aid rate is in the funding scenario.",
      lb: "Den Ufank: Fit 4 AI fërdert d'Analys vun de KI-Chancen an den interne Kapazitéiten duerch e Consultant, deen d'Agence agrééiert huet, mat engem detailléierten, bezifferten Aktiounsplang um Enn; e Workshop virdrun ass net néideg. D'Fërderung vum Wirtschaftsministère gëtt iwwer MyGuichet ugefrot, ier d'Aarbecht ufänkt. D'Käschte sinn déi vun der Analys; de Fërdersaz steet am Fërderszenario.",
    },
  }),
  from2026_1('apply-sme-package'),
  {
    id: 'apply-rdi-innovation',
    pillar: 'fund',
    dimensionIds: ['strategy', 'ai_use'],
    itemIds: ['strategy.ai_offer', 'strategy.budget', 'ai_use.pilots'],
    durationMonths: 3,
    // Preparing the application (project description, budget, planning); the aid itself is in the funding scenario.
    costRangeCents: [eur(5_000), eur(15_000)],
    prerequisites: ['use-case-business-case'],
    buildsAiSystem: false,
    title: {
      fr: "Demande d'aide RDI ou d'innovation de procédé",
      de: 'Antrag auf FuE-Förderung oder Förderung von Prozessinnovation',
      en: 'RDI or process-innovation aid application',
      lb: 'Demande fir eng RDI-Fërderung oder eng Fërderung vu Prozessinnovatioun',
    },
    rationale: {
      fr: "Quand le projet d'IA crée un produit ou un service nouveau, ou change en profondeur un procédé de l'entreprise, l'aide publique à la RDI (loi du 6 juin 2025) peut le cofinancer : développement expérimental (RGEC art. 25) ou innovation de procédé et d'organisation (RGEC art. 29). La demande se dépose avant le début des travaux ; les taux et les conditions figurent dans le scénario de financement.",
      de: 'Wenn das KI-Projekt ein neues Produkt oder einen neuen Dienst schafft oder einen Ablauf des Unternehmens grundlegend ändert, kann die öffentliche FuE-Förderung (Gesetz vom 6. Juni 2025) es kofinanzieren: experimentelle Entwicklung (AGVO Art. 25) oder Prozess- und Organisationsinnovation (AGVO Art. 29). Der Antrag wird vor Beginn der Arbeiten gestellt; Sätze und Bedingungen stehen im Förderszenario.',
      en: 'When the AI project creates a new product or service, or deeply changes one of the company’s processes, public RDI aid (law of 6 June 2025) can co-fund it: experimental development (GBER art. 25) or process and organisational innovation (GBER art. 29). The application is filed before the work starts; rates and conditions are in the funding scenario.',
      lb: "Wann de KI-Projet en neie Produit oder Service schaaft oder e Prozess vum Betrib grondleeënd ännert, kann déi ëffentlech RDI-Fërderung (Gesetz vum 6. Juni 2025) e matfinanzéieren: experimentell Entwécklung (AGVO Art. 25) oder Prozess- an Organisatiounsinnovatioun (AGVO Art. 29). D'Demande gëtt agereecht, ier d'Aarbechten ufänken; d'Säz an d'Konditioune stinn am Fërderszenario.",
    },
    kpis: [
      {
        fr: 'Demande déposée avant le début des travaux',
        de: 'Antrag vor Beginn der Arbeiten gestellt',
        en: 'Application filed before the work starts',
        lb: "Demande agereecht, ier d'Aarbechten ufänken",
      },
      {
        fr: 'Aide accordée et budget du projet confirmé',
        de: 'Förderung bewilligt und Projektbudget bestätigt',
        en: 'Aid granted and project budget confirmed',
        lb: 'Fërderung accordéiert a Budget vum Projet confirméiert',
      },
    ],
  },
  {
    id: 'compute-access-request',
    pillar: 'fund',
    dimensionIds: ['ai_use'],
    itemIds: ['ai_use.compute'],
    durationMonths: 1,
    // Staff time for the request; access is described as free for eligible SMEs (domain.md §3: unconfirmed).
    costRangeCents: [eur(1_000), eur(5_000)],
    prerequisites: ['use-case-business-case'],
    buildsAiSystem: false,
    title: {
      fr: 'Demande d’accès au calcul EuroHPC / L-AIF',
      de: 'Antrag auf Rechenzeit bei EuroHPC / L-AIF',
      en: 'EuroHPC / L-AIF compute access request',
      lb: 'Ufro fir Rechenzäit bei EuroHPC / L-AIF',
    },
    rationale: {
      fr: "Demander des heures GPU sur le supercalculateur par l'AI Factory, avec le budget en heures GPU établi dans l'application : Playground pour un premier essai, Fast Lane jusqu'à 50 000 heures GPU, Large Scale au-delà (évaluation par les pairs). L'accès est annoncé gratuit pour les PME éligibles (non confirmé) ; le coût indiqué est le temps du personnel.",
      de: 'GPU-Stunden auf dem Supercomputer über die AI Factory beantragen, mit dem in der App erstellten GPU-Stunden-Budget: Playground für einen ersten Versuch, Fast Lane bis 50.000 GPU-Stunden, Large Scale darüber (Peer-Review). Der Zugang gilt als kostenlos für berechtigte KMU (unbestätigt); die Kosten sind die eigene Arbeitszeit.',
      en: "Request GPU-hours on the supercomputer through the AI Factory, with the GPU-hour budget made in the app: Playground for a first try, Fast Lane up to 50,000 GPU-hours, Large Scale beyond (peer review). Access is described as free for eligible SMEs (unconfirmed); the cost shown is staff time.",
      lb: "GPU-Stonnen um Supercomputer iwwer d'AI Factory ufroen, mam Budget a GPU-Stonnen, deen an der App gemaach gouf: Playground fir en éischte Versuch, Fast Lane bis 50.000 GPU-Stonnen, Large Scale doriwwer eraus (Peer Review). Den Zougang gëtt als gratis fir berechtegt PMEe beschriwwen (net confirméiert); d'Käschte sinn d'Aarbechtszäit vum Personal.",
    },
    kpis: [
      {
        fr: 'Demande de calcul déposée avec un budget en heures GPU',
        de: 'Rechenzeitantrag mit GPU-Stunden-Budget gestellt',
        en: 'Compute request filed with a GPU-hour budget',
        lb: 'Rechenzäitufro mat engem Budget a GPU-Stonnen agereecht',
      },
      {
        fr: 'Heures GPU accordées par rapport aux heures demandées',
        de: 'Bewilligte im Vergleich zu beantragten GPU-Stunden',
        en: 'GPU-hours granted compared with those requested',
        lb: 'Accordéiert GPU-Stonne par rapport zu deenen, déi ugefrot goufen',
      },
    ],
  },
  {
    id: 'training-cofinancing',
    pillar: 'fund',
    dimensionIds: ['people'],
    itemIds: ['people.training'],
    durationMonths: 1,
    // Staff time to put the training plan and the request together.
    costRangeCents: [eur(500), eur(2_000)],
    prerequisites: [],
    buildsAiSystem: false,
    title: {
      fr: 'Cofinancement public de la formation du personnel',
      de: 'Öffentliche Kofinanzierung der Weiterbildung',
      en: 'Public co-financing of staff training',
      lb: 'Ëffentlech Matfinanzéierung vun der Weiderbildung',
    },
    rationale: {
      fr: "Les entreprises établies au Luxembourg peuvent demander à l'État de cofinancer leur investissement annuel dans la formation professionnelle continue (dossier géré avec l'INFPC). Inscrire les formations IA de cette feuille de route dans le plan de formation et vérifier le taux et l'échéance en vigueur auprès de l'INFPC.",
      de: 'In Luxemburg ansässige Unternehmen können beim Staat eine Kofinanzierung ihrer jährlichen Investition in berufliche Weiterbildung beantragen (Antrag über das INFPC). Die KI-Schulungen dieser Roadmap in den Weiterbildungsplan aufnehmen und den geltenden Satz und die Frist beim INFPC prüfen.',
      en: 'Companies established in Luxembourg can ask the State to co-finance their yearly investment in continuing vocational training (the request is handled with the INFPC). Put the AI training of this roadmap into the training plan and check the current rate and deadline with the INFPC.',
      lb: "Betriber, déi zu Lëtzebuerg etabléiert sinn, kënnen de Staat froen, hiren alljährlechen Investissement an d'Weiderbildung matzefinanzéieren (d'Demande leeft iwwer den INFPC). D'KI-Formatiounen aus dëser Roadmap an de Formatiounsplang huelen an de geltende Saz an d'Delai beim INFPC nokucken.",
    },
    kpis: [
      {
        fr: 'Plan de formation incluant les formations IA',
        de: 'Weiterbildungsplan mit den KI-Schulungen',
        en: 'Training plan that includes the AI training',
        lb: 'Formatiounsplang mat de KI-Formatiounen',
      },
      {
        fr: 'Demande de cofinancement déposée dans les délais',
        de: 'Antrag auf Kofinanzierung fristgerecht gestellt',
        en: 'Co-financing request filed on time',
        lb: 'Demande fir d’Matfinanzéierung an der Zäit agereecht',
      },
    ],
  },
];

// ───────────────────────────── Build & Test ─────────────────────────────
const BUILD_TEST: InitiativeTemplate[] = [
  from2026_1('genai-assistant-pilot', {
    dimensionIds: ['ai_use', 'people'],
    itemIds: ['ai_use.genai_use', 'ai_use.genai_controls', 'people.literacy'],
    // An assistant sees what its user may see: security basics and clean access rights come first.
    prerequisites: ['ai-usage-policy', 'cybersecurity-baseline', 'access-rights-cleanup'],
    rationale: {
      fr: "Donner à 10 à 20 personnes un assistant de niveau professionnel (données hébergées dans l'UE, pas d'entraînement sur les données de l'entreprise, comptes gérés de façon centralisée) pour rédiger des offres, résumer des réunions et traduire entre le français, l'allemand et l'anglais ; le connecter aux fichiers seulement après la remise en ordre des droits d'accès, et mesurer le temps gagné avant de généraliser.",
      de: '10 bis 20 Mitarbeitenden einen Assistenten in Business-Qualität geben (Datenhaltung in der EU, kein Training mit Unternehmensdaten, zentral verwaltete Konten) für Angebotsentwürfe, Besprechungsprotokolle und Übersetzungen zwischen Französisch, Deutsch und Englisch; ihn erst nach der Bereinigung der Zugriffsrechte mit Dateien verbinden und die eingesparte Zeit messen, bevor er ausgerollt wird.',
      en: 'Give 10 to 20 staff a business-grade assistant (EU data residency, no training on company data, centrally managed accounts) for drafting offers, summarising meetings and translating between French, German and English; connect it to files only after the access-rights clean-up, and measure the time saved before rolling it out.',
      lb: "10 bis 20 Mataarbechter e professionellen Assistent ginn (Donnéeën an der EU gespäichert, keen Training mat den Donnéeë vum Betrib, zentral geréiert Konten), fir Offeren ze schreiwen, Reuniounen zesummenzefaassen an tëscht Franséisch, Däitsch an Englesch ze iwwersetzen; en eréischt no der Opraumaktioun vun den Zougrëffsrechter un d'Fichiere koppelen, an d'Zäit moossen, déi gespuert gëtt, ier en am ganze Betrib agefouert gëtt.",
    },
  }),
  {
    id: 'enable-owned-ai-features',
    pillar: 'build_test',
    dimensionIds: ['ai_use', 'foundations'],
    itemIds: ['ai_use.genai_controls', 'ai_use.automation', 'foundations.ai_security'],
    durationMonths: 2,
    costRangeCents: [eur(3_000), eur(12_000)],
    prerequisites: ['ai-usage-policy', 'access-rights-cleanup'],
    buildsAiSystem: true,
    title: {
      fr: "Activer et encadrer les fonctions d'IA des logiciels déjà en place",
      de: 'KI-Funktionen vorhandener Software einschalten und steuern',
      en: 'Switch on and govern the AI features of software you already own',
      lb: 'KI-Funktioune vun der Software, déi ee schonn huet, aschalten a steieren',
    },
    rationale: {
      fr: "La suite bureautique, l'ERP, le CRM ou le logiciel comptable contiennent souvent déjà des fonctions d'IA, parfois activées par défaut. Les recenser, décider lesquelles activer, pour qui et avec quels réglages (données utilisées, historique, journalisation), les classer au regard de l'AI Act et mesurer ce qu'elles apportent : souvent le gain le plus rapide et le moins cher.",
      de: 'Bürosuite, ERP, CRM oder Buchhaltungssoftware enthalten oft schon KI-Funktionen, manchmal standardmäßig eingeschaltet. Sie erfassen, entscheiden, welche für wen und mit welchen Einstellungen (genutzte Daten, Verlauf, Protokollierung) eingeschaltet werden, sie nach dem AI Act einstufen und messen, was sie bringen: oft der schnellste und günstigste Gewinn.',
      en: 'The office suite, ERP, CRM or accounting software often already contain AI features, sometimes switched on by default. List them, decide which to switch on, for whom and with which settings (data used, history, logging), classify them under the AI Act and measure what they bring: often the quickest and cheapest gain.',
      lb: "D'Bürosuite, den ERP, de CRM oder d'Comptabilitéitssoftware hunn dacks schonn KI-Funktiounen, heiansdo par défaut ageschalt. Se opzielen, decidéieren, wéi eng fir wien a mat wéi enge Astellungen (benotzt Donnéeën, Verlaf, Protokolléierung) ageschalt ginn, se nom AI Act aklasséieren a moossen, wat se bréngen: dacks de séierste an de bëllegste Gewënn.",
    },
    kpis: [
      {
        fr: "Fonctions d'IA recensées, avec une décision pour chacune",
        de: 'Erfasste KI-Funktionen mit einer Entscheidung je Funktion',
        en: 'AI features listed, each with a decision',
        lb: 'Opgezielt KI-Funktiounen, all eenzel mat enger Decisioun',
      },
      {
        fr: 'Temps gagné par semaine grâce aux fonctions activées',
        de: 'Wöchentlich eingesparte Zeit durch die eingeschalteten Funktionen',
        en: 'Time saved per week by the features switched on',
        lb: "Zäit, déi d'ageschalt Funktiounen all Woch spueren",
      },
    ],
  },
  from2026_1('cv-quality-control-pilot'),
  from2026_1('customer-service-chatbot', {
    itemIds: ['ai_use.genai_use', 'ai_use.automation'],
    // A chatbot talks to customers with their data: classify it (art. 50 duties) and assess the processing first.
    prerequisites: ['ai-act-classification', 'gdpr-dpia'],
    rationale: {
      fr: "Un chatbot sur le site répond aux questions fréquentes (horaires, état des commandes, retours) en français, allemand et anglais à partir des documents de l'entreprise, indique clairement qu'il s'agit d'une IA et passe la main à une personne en cas de doute. Il vient après son classement selon l'AI Act et l'analyse d'impact RGPD pour les données des clients.",
      de: 'Ein Chatbot auf der Website beantwortet häufige Fragen (Öffnungszeiten, Bestellstatus, Retouren) auf Französisch, Deutsch und Englisch aus den eigenen Unterlagen des Unternehmens, sagt klar, dass er eine KI ist, und übergibt im Zweifel an einen Menschen. Er kommt nach seiner Einstufung nach dem AI Act und der DSGVO-Folgenabschätzung für die Kundendaten.',
      en: "A chatbot on the website answers the frequent questions (opening hours, order status, returns) in French, German and English from the company's own documents, says clearly that it is an AI and hands over to a person when unsure. It comes after its AI Act classification and the GDPR impact assessment for the customers' data.",
      lb: 'E Chatbot op der Websäit beäntwert déi heefeg Froen (Ëffnungszäiten, Stand vun der Bestellung, Retouren) op Franséisch, Däitsch an Englesch aus den eegenen Dokumenter vum Betrib, seet kloer, datt en eng KI ass, a gëtt am Zweiwel un e Mënsch weider. E kënnt no senger Aklasséierung nom AI Act an der RGPD-Folgenofschätzung fir d’Donnéeë vun de Clienten.',
    },
  }),
  from2026_1('demand-forecasting-pilot'),
  from2026_1('document-processing-pilot'),
  {
    id: 'prompt-rag-baseline',
    pillar: 'build_test',
    dimensionIds: ['ai_use', 'data'],
    itemIds: ['ai_use.pilots', 'data.access'],
    durationMonths: 2,
    costRangeCents: [eur(6_000), eur(20_000)],
    prerequisites: ['data-inventory-audit'],
    buildsAiSystem: true,
    title: {
      fr: 'Référence par prompts et RAG sur les documents de l’entreprise',
      de: 'Referenzlösung mit Prompts und RAG auf den Unternehmensdokumenten',
      en: 'Prompting and RAG baseline on the company’s documents',
      lb: 'Referenzléisung mat Prompten a RAG op den Dokumenter vum Betrib',
    },
    rationale: {
      fr: "Avant d'entraîner un modèle, mesurer ce qu'un modèle existant obtient avec de bons prompts et une recherche dans les documents de l'entreprise (RAG), sur un jeu de questions de test avec les réponses attendues. Cette référence dit si un fine-tuning vaut son coût.",
      de: 'Bevor ein Modell trainiert wird, messen, was ein vorhandenes Modell mit guten Prompts und einer Suche in den Unternehmensdokumenten (RAG) erreicht, an einem Satz Testfragen mit den erwarteten Antworten. Diese Referenz zeigt, ob sich ein Fine-Tuning lohnt.',
      en: "Before training a model, measure what an existing model achieves with good prompts and retrieval over the company's documents (RAG), on a set of test questions with their expected answers. This baseline tells whether fine-tuning is worth its cost.",
      lb: "Ier e Modell trainéiert gëtt, moossen, wat e bestoend Modell mat gudde Prompten an enger Sich an den Dokumenter vum Betrib (RAG) erreecht, op enger Rei Testfroe mat den erwaarten Äntwerten. Dës Referenz weist, ob e Fine-Tuning seng Käschte wäert ass.",
    },
    kpis: [
      {
        fr: 'Part des questions de test correctement répondues (%)',
        de: 'Anteil richtig beantworteter Testfragen (%)',
        en: 'Share of test questions answered correctly (%)',
        lb: 'Undeel vun den Testfroen, déi richteg beäntwert goufen (%)',
      },
      {
        fr: 'Coût par réponse de la référence',
        de: 'Kosten je Antwort der Referenzlösung',
        en: 'Cost per answer of the baseline',
        lb: 'Käschte pro Äntwert vun der Referenzléisung',
      },
    ],
  },
  from2026_1('meluxina-playground-finetune', {
    // Fine-tuning must beat a measured prompting/RAG baseline and serve a business case.
    prerequisites: ['use-case-business-case', 'prompt-rag-baseline'],
    rationale: {
      fr: "Quand la référence par prompts et RAG ne suffit pas au business case : affiner un petit modèle ouvert (par ex. avec LoRA) sur les documents de l'entreprise sur le supercalculateur national grâce à l'accès Playground de l'AI Factory, et comparer au même jeu de test. Le coût indiqué couvre le personnel et la préparation des données ; l'accès au calcul est annoncé gratuit pour les PME éligibles (non confirmé).",
      de: 'Wenn die Referenzlösung mit Prompts und RAG für den Business Case nicht reicht: ein kleines offenes Modell (z. B. mit LoRA) mit den eigenen Dokumenten auf dem nationalen Supercomputer über den Playground-Zugang der AI Factory feinabstimmen und mit demselben Testsatz vergleichen. Die Kosten umfassen Personal und Datenaufbereitung; der Rechenzugang gilt als kostenlos für berechtigte KMU (unbestätigt).',
      en: "When the prompting and RAG baseline falls short of the business case: fine-tune a small open model (e.g. with LoRA) on the company's own documents on the national supercomputer through the AI Factory's Playground access, and compare on the same test set. The cost shown is staff and data preparation; compute access is described as free for eligible SMEs (unconfirmed).",
      lb: "Wann d'Referenzléisung mat Prompten a RAG fir de Business Case net duergeet: e klengt oppent Modell (z. B. mat LoRA) mat den eegenen Dokumenter vum Betrib um nationale Supercomputer iwwer den Playground-Zougang vun der AI Factory upassen an op där selwechter Testrei vergläichen. D'Käschten decken d'Personal an d'Virbereedung vun den Donnéeën; de Rechenzougang gëtt als gratis fir berechtegt PMEe beschriwwen (net confirméiert).",
    },
  }),
  from2026_1('green-ai-use-case'),
];

// ───────────────────────────── Scale & Execute ─────────────────────────────
const SCALE: InitiativeTemplate[] = [
  from2026_1('cloud-migration'),
  from2026_1('systems-integration'),
  from2026_1('data-governance'),
  {
    id: 'pilot-to-production',
    pillar: 'scale_execute',
    dimensionIds: ['ai_use', 'strategy'],
    itemIds: ['ai_use.pilots', 'strategy.benefits'],
    durationMonths: 3,
    costRangeCents: [eur(15_000), eur(50_000)],
    prerequisites: [],
    buildsAiSystem: true,
    title: {
      fr: "Passer un pilote d'IA en production et en mesurer les bénéfices",
      de: 'Einen KI-Piloten in den Regelbetrieb bringen und seinen Nutzen messen',
      en: 'Take an AI pilot into production and measure its benefits',
      lb: 'En KI-Pilot an d’Produktioun bréngen a säin Notze moossen',
    },
    rationale: {
      fr: "Le pilote qui a tenu ses promesses devient un outil de tous les jours : intégration au processus, formation des utilisateurs, support, un responsable nommé. Les indicateurs mesurés avant le lancement sont relevés à nouveau après trois à six mois et comparés au business case.",
      de: 'Der Pilot, der überzeugt hat, wird zum Alltagswerkzeug: Einbindung in den Ablauf, Schulung der Nutzenden, Support, eine benannte verantwortliche Person. Die vor dem Start gemessenen Kennzahlen werden nach drei bis sechs Monaten erneut erhoben und mit dem Business Case verglichen.',
      en: 'The pilot that delivered becomes an everyday tool: integration into the process, user training, support, a named owner. The indicators measured before launch are measured again after three to six months and compared with the business case.',
      lb: 'De Pilot, deen iwwerzeegt huet, gëtt en Tool fir all Dag: an de Prozess integréiert, d’Benotzer geschoult, Support, e benannte Responsabelen. D’Indicateuren, déi virum Start gemooss goufen, ginn no dräi bis sechs Méint nach eng Kéier gemooss a mam Business Case verglach.',
    },
    kpis: [
      {
        fr: 'Solution utilisée au quotidien par les utilisateurs prévus (%)',
        de: 'Lösung im Alltag von den vorgesehenen Nutzenden verwendet (%)',
        en: 'Solution in daily use by its intended users (%)',
        lb: 'Léisung am Alldag vun de virgesinne Benotzer benotzt (%)',
      },
      {
        fr: 'Bénéfice mesuré par rapport au business case après six mois',
        de: 'Gemessener Nutzen im Vergleich zum Business Case nach sechs Monaten',
        en: 'Measured benefit against the business case after six months',
        lb: 'Gemoossenen Notzen par rapport zum Business Case no sechs Méint',
      },
    ],
  },
  // Monitoring needs a model in daily use: a pilot in production first.
  from2026_1('mlops-monitoring', { prerequisites: ['pilot-to-production'] }),
  from2026_1('human-oversight-fairness'),
  from2026_1('green-it-efficiency'),
];

// ───────────────────────────── Sustain and scale ─────────────────────────────
const SUSTAIN: InitiativeTemplate[] = [
  from2026_1('sustain-governance-reassessment'),
  from2026_1('sustain-scale-best-use-case'),
  from2026_1('sustain-ai-academy'),
  from2026_1('sustain-rdi-collaboration', {
    rationale: {
      fr: "Les entreprises matures peuvent aller au-delà de l'IA standard : un projet de développement expérimental commun avec un centre de recherche, cofinancé par les aides publiques à la RDI (loi du 6 juin 2025, RGEC art. 25, taux majoré en cas de collaboration effective) et, si besoin, du calcul à grande échelle sur MeluXina.",
      de: 'Reife Unternehmen können über Standard-KI hinausgehen: ein gemeinsames Projekt experimenteller Entwicklung mit einem Forschungszentrum, kofinanziert über die öffentliche Förderung für Forschung, Entwicklung und Innovation (Gesetz vom 6. Juni 2025, AGVO Art. 25, höherer Satz bei wirksamer Zusammenarbeit) und bei Bedarf mit Rechenzeit im großen Maßstab auf MeluXina.',
      en: 'Mature companies can go beyond off-the-shelf AI: a joint experimental-development project with a research centre, co-funded through public RDI aid (law of 6 June 2025, GBER art. 25, higher rate for effective collaboration) and, where needed, large-scale compute on MeluXina.',
      lb: "Erfuere Betriber kënnen iwwer Standard-KI erausgoen: e gemeinsame Projet vun experimenteller Entwécklung mat engem Fuerschungszenter, matfinanzéiert iwwer déi ëffentlech RDI-Fërderung (Gesetz vum 6. Juni 2025, AGVO Art. 25, méi héije Saz bei enger effektiver Zesummenaarbecht) a wann néideg mat Rechenzäit a groussem Moossstaf op MeluXina.",
    },
  }),
];

export const CATALOGUE_2026_2: Catalogue = {
  version: '2026.2',
  checkedOn: '2026-12-02',
  instrumentVersion: '2026.2',
  costBasis: CATALOGUE_2026_1.costBasis,
  templates: [...ASSESS, ...UPSKILL, ...CONNECT, ...FUND, ...BUILD_TEST, ...SCALE, ...SUSTAIN],
};
