/**
 * AI maturity instrument, version 2026.1 (7 dimensions, 32 items, about 45 minutes in a workshop).
 *
 * Design (docs/domain.md §2):
 * - dimensions adapted from the EU JRC Digital Maturity Assessment (DMA) used by every EDIH,
 *   with "AI & automation use" and "responsible AI" split out for the AI Factory;
 * - every 0–5 scale level describes observable behaviour, as in the MITRE AI Maturity Model;
 * - the responsible-AI items follow the ALTAI requirements, the AI Act and the GDPR;
 * - every item can be answered "not applicable" or "don't know" (see shared/domain/scoring.ts).
 *
 * Never edit the meaning of an item in place: a finished assessment is re-read with the version
 * it used. Changes go into a new version file registered in ./index.ts.
 */
import type { Dimension, Instrument, InstrumentSource, Item } from './types';

const SOURCES: readonly InstrumentSource[] = [
  {
    id: 'dma',
    title: 'Digital Maturity Assessment (DMA) framework and questionnaire for SMEs',
    publisher: 'European Commission, Joint Research Centre — European Digital Innovation Hubs network',
    year: 2024,
    url: 'https://european-digital-innovation-hubs.ec.europa.eu/',
    usedFor: {
      en: 'Dimensions, 0–100 scoring, result bands, and the need for “not applicable” and “don’t know” answers.',
      fr: 'Dimensions, score sur 0–100, tranches de résultat et nécessité des réponses « non applicable » et « je ne sais pas ».',
      de: 'Dimensionen, Punktzahl von 0–100, Ergebnisbänder und die Notwendigkeit der Antworten „nicht zutreffend“ und „weiß nicht“.',
      lb: 'Dimensiounen, Score vun 0–100, Resultatsberäicher an de Besoin fir d’Äntwerten „net zoutreffend“ a „weess net“.',
    },
  },
  {
    id: 'mitre',
    title: 'The MITRE AI Maturity Model and Organizational Assessment Tool Guide',
    publisher: 'The MITRE Corporation',
    year: 2023,
    url: 'https://www.mitre.org/news-insights/publication/mitre-ai-maturity-model-and-organizational-assessment-tool-guide',
    usedFor: {
      en: 'The five levels (Initial, Adopted, Defined, Managed, Optimized) and describing each level by observable behaviour.',
      fr: 'Les cinq niveaux (Initial, Adopted, Defined, Managed, Optimized) et la description de chaque niveau par des comportements observables.',
      de: 'Die fünf Stufen (Initial, Adopted, Defined, Managed, Optimized) und die Beschreibung jeder Stufe durch beobachtbares Verhalten.',
      lb: 'Déi fënnef Niveauen (Initial, Adopted, Defined, Managed, Optimized) an d’Beschreiwung vun all Niveau duerch beobachtbart Verhalen.',
    },
  },
  {
    id: 'altai',
    title: 'Assessment List for Trustworthy Artificial Intelligence (ALTAI) for self-assessment',
    publisher: 'High-Level Expert Group on Artificial Intelligence, European Commission',
    year: 2020,
    url: 'https://digital-strategy.ec.europa.eu/en/library/assessment-list-trustworthy-artificial-intelligence-altai-self-assessment',
    usedFor: {
      en: 'The seven requirements for trustworthy AI behind the responsible-AI items (human oversight, fairness, transparency, accountability).',
      fr: 'Les sept exigences pour une IA digne de confiance derrière les questions d’IA responsable (contrôle humain, équité, transparence, responsabilité).',
      de: 'Die sieben Anforderungen an vertrauenswürdige KI hinter den Fragen zu verantwortungsvoller KI (menschliche Aufsicht, Fairness, Transparenz, Rechenschaftspflicht).',
      lb: 'Déi siwen Ufuerderunge fir vertrauenswierdeg KI hannert de Froen iwwer verantwortungsvoll KI (mënschlech Kontroll, Fairness, Transparenz, Responsabilitéit).',
    },
  },
  {
    id: 'ai_act',
    title: 'Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    publisher: 'European Parliament and Council of the European Union',
    year: 2024,
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    usedFor: {
      en: 'Risk classes, transparency duties and the AI literacy obligation (art. 4).',
      fr: 'Classes de risque, obligations de transparence et obligation de maîtrise de l’IA (art. 4).',
      de: 'Risikoklassen, Transparenzpflichten und die Pflicht zur KI-Kompetenz (Art. 4).',
      lb: 'Risikoklassen, Transparenzflichten an d’Flicht zu KI-Kompetenz (Art. 4).',
    },
  },
  {
    id: 'gdpr',
    title: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    publisher: 'European Parliament and Council of the European Union',
    year: 2016,
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    usedFor: {
      en: 'Record of processing (art. 30), processors (art. 28), data subject rights (art. 12), breach notification (art. 33) and impact assessments (art. 35).',
      fr: 'Registre des traitements (art. 30), sous-traitants (art. 28), droits des personnes (art. 12), notification des violations (art. 33) et analyses d’impact (art. 35).',
      de: 'Verarbeitungsverzeichnis (Art. 30), Auftragsverarbeiter (Art. 28), Betroffenenrechte (Art. 12), Meldung von Verletzungen (Art. 33) und Folgenabschätzungen (Art. 35).',
      lb: 'Register vun de Veraarbechtungen (Art. 30), Sous-traitanten (Art. 28), Rechter vun de betraffene Persounen (Art. 12), Meldung vu Verletzungen (Art. 33) a Folgenofschätzungen (Art. 35).',
    },
  },
];

const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'strategy',
    order: 1,
    title: { en: 'Strategy & business case', fr: 'Stratégie et business case', de: 'Strategie und Business Case', lb: 'Strategie a Business Case' },
    description: {
      en: 'Whether AI is tied to the company’s goals, backed by a budget and a person in charge, and justified by its costs and benefits.',
      fr: 'Lien entre l’IA et les objectifs de l’entreprise, budget, responsable désigné et calcul des coûts et des bénéfices.',
      de: 'Ob KI mit den Zielen des Unternehmens verknüpft ist, über Budget und eine verantwortliche Person verfügt und durch Kosten und Nutzen begründet wird.',
      lb: 'Ob KI mat den Ziler vum Betrib verbonnen ass, e Budget an eng verantwortlech Persoun huet an duerch Käschten an Notze justifiéiert gëtt.',
    },
  },
  {
    id: 'foundations',
    order: 2,
    title: { en: 'Digital foundations', fr: 'Socle numérique', de: 'Digitale Grundlagen', lb: 'Digital Grondlagen' },
    description: {
      en: 'The business software, hosting, security and data exchange that every AI project builds on.',
      fr: 'Les logiciels métier, l’hébergement, la sécurité et les échanges de données sur lesquels repose tout projet d’IA.',
      de: 'Die Unternehmenssoftware, das Hosting, die Sicherheit und der Datenaustausch, auf denen jedes KI-Projekt aufbaut.',
      lb: 'D’Betribssoftware, den Hosting, d’Sécherheet an den Datenaustausch, op deenen all KI-Projet opbaut.',
    },
  },
  {
    id: 'people',
    order: 3,
    title: { en: 'People & skills', fr: 'Équipes et compétences', de: 'Menschen und Kompetenzen', lb: 'Leit a Kompetenzen' },
    description: {
      en: 'Whether managers and staff understand AI, have the skills to use it, are involved in change and can rely on training and partners.',
      fr: 'Compréhension de l’IA par la direction et le personnel, compétences disponibles, implication dans le changement, formation et partenaires.',
      de: 'Ob Führung und Belegschaft KI verstehen, die nötigen Fähigkeiten haben, in Veränderungen eingebunden sind und auf Weiterbildung und Partner zählen können.',
      lb: 'Ob Direktioun a Personal KI verstinn, déi néideg Fäegkeeten hunn, bei Ännerungen agebonne ginn an op Formatiounen a Partner ziele kënnen.',
    },
  },
  {
    id: 'data',
    order: 4,
    title: { en: 'Data', fr: 'Données', de: 'Daten', lb: 'Daten' },
    description: {
      en: 'Whether the company knows its data, keeps it reliable, has rules for its use and can get at it when needed.',
      fr: 'Connaissance des données de l’entreprise, leur fiabilité, les règles de leur usage et la facilité d’y accéder au bon moment.',
      de: 'Ob das Unternehmen seine Daten kennt, sie verlässlich hält, Regeln für ihre Nutzung hat und bei Bedarf darauf zugreifen kann.',
      lb: 'Ob de Betrib seng Date kennt, se zouverlässeg hält, Reegele fir hir Notzung huet an drukënnt, wann et néideg ass.',
    },
  },
  {
    id: 'ai_use',
    order: 5,
    title: {
      en: 'AI & automation use',
      fr: 'Usage de l’IA et de l’automatisation',
      de: 'Einsatz von KI und Automatisierung',
      lb: 'Asaz vu KI an Automatiséierung',
    },
    description: {
      en: 'How far AI and automation are actually used: from everyday generative AI to solutions in production, their upkeep and the computing they need.',
      fr: 'Usage réel de l’IA et de l’automatisation : de l’IA générative au quotidien jusqu’aux solutions en production, leur suivi et la puissance de calcul nécessaire.',
      de: 'Wie weit KI und Automatisierung tatsächlich genutzt werden: von generativer KI im Alltag bis zu produktiven Lösungen, ihrer Pflege und der nötigen Rechenleistung.',
      lb: 'Wéi wäit KI an Automatiséierung wierklech am Asaz sinn: vu generativer KI am Alldag bis zu Léisungen an der Produktioun, hirem Ënnerhalt an der néideger Rechenleeschtung.',
    },
  },
  {
    id: 'responsible',
    order: 6,
    title: {
      en: 'Responsible AI & compliance',
      fr: 'IA responsable et conformité',
      de: 'Verantwortungsvolle KI und Compliance',
      lb: 'Verantwortungsvoll KI a Konformitéit',
    },
    description: {
      en: 'Whether AI is used within the law (AI Act, GDPR) and in line with the EU requirements for trustworthy AI (ALTAI): human oversight, fairness, transparency, clear rules.',
      fr: 'Usage de l’IA dans le respect du droit (AI Act, RGPD) et des exigences européennes pour une IA digne de confiance (ALTAI) : contrôle humain, équité, transparence, règles claires.',
      de: 'Ob KI rechtskonform (AI Act, DSGVO) und im Einklang mit den EU-Anforderungen an vertrauenswürdige KI (ALTAI) eingesetzt wird: menschliche Aufsicht, Fairness, Transparenz, klare Regeln.',
      lb: 'Ob KI am Respekt vum Gesetz (AI Act, RGPD) an no den EU-Ufuerderunge fir vertrauenswierdeg KI (ALTAI) agesat gëtt: mënschlech Kontroll, Fairness, Transparenz, kloer Reegelen.',
    },
  },
  {
    id: 'green',
    order: 7,
    title: { en: 'Green & sustainable AI', fr: 'IA verte et durable', de: 'Grüne und nachhaltige KI', lb: 'Gréng an nohalteg KI' },
    description: {
      en: 'Whether the company knows and limits the environmental footprint of its IT and AI, and uses digital tools to reduce its own impact.',
      fr: 'Connaissance et maîtrise de l’empreinte environnementale de l’informatique et de l’IA, et usage du numérique pour réduire l’impact de l’entreprise.',
      de: 'Ob das Unternehmen den ökologischen Fußabdruck seiner IT und KI kennt und begrenzt und digitale Werkzeuge nutzt, um die eigene Umweltbelastung zu senken.',
      lb: 'Ob de Betrib den Ëmweltofdrock vu senger IT a KI kennt a begrenzt, an digital Tools notzt, fir seng eegen Ëmweltbelaaschtung ze reduzéieren.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Strategy & business case
// ---------------------------------------------------------------------------------------------
const STRATEGY: readonly Item[] = [
  {
    id: 'strategy.vision',
    dimensionId: 'strategy',
    weight: 2,
    sourceIds: ['mitre', 'dma'],
    question: {
      en: 'How clearly has management said what AI should do for the company?',
      fr: 'La direction a-t-elle clairement dit ce que l’IA doit apporter à l’entreprise ?',
      de: 'Wie klar hat die Geschäftsleitung festgelegt, was KI für das Unternehmen leisten soll?',
      lb: 'Wéi kloer huet d’Direktioun gesot, wat KI fir de Betrib leeschte soll?',
    },
    help: {
      en: 'Projects without a stated purpose stall after the first demo. We check whether AI is linked to the company’s own goals rather than to a trend.',
      fr: 'Les projets sans objectif explicite s’arrêtent après la première démonstration. Nous vérifions si l’IA sert les objectifs propres de l’entreprise plutôt qu’un effet de mode.',
      de: 'Projekte ohne erklärtes Ziel versanden nach der ersten Demo. Wir prüfen, ob KI an den eigenen Zielen des Unternehmens hängt statt an einem Trend.',
      lb: 'Projeten ouni kloert Zil bleiwen no der éischter Demo stoen. Mir kucken, ob KI un déi eegen Ziler vum Betrib gebonnen ass an net un en Trend.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Management has never discussed AI; nobody has said what it could mean for the business.',
          fr: 'La direction n’a jamais parlé d’IA ; personne n’a dit ce qu’elle pourrait changer pour l’activité.',
          de: 'Die Geschäftsleitung hat KI nie besprochen; niemand hat gesagt, was sie für das Geschäft bedeuten könnte.',
          lb: 'D’Direktioun huet ni iwwer KI geschwat; keen huet gesot, wat dat fir de Betrib bedeite kéint.',
        },
        {
          en: 'The owner mentions AI now and then, after a trade fair or a newspaper article, but nothing is written down.',
          fr: 'Le dirigeant évoque l’IA de temps en temps, après un salon ou un article de presse, mais rien n’est écrit.',
          de: 'Der Inhaber spricht ab und zu über KI, nach einer Messe oder einem Zeitungsartikel, aber nichts ist schriftlich festgehalten.',
          lb: 'De Patron schwätzt heiansdo iwwer KI, no enger Foire oder engem Zeitungsartikel, mä näischt ass schrëftlech festgehalen.',
        },
        {
          en: 'Management has named one or two goals for AI in a meeting (e.g. “answer quote requests faster”), but staff do not know them.',
          fr: 'La direction a cité un ou deux objectifs pour l’IA en réunion (p. ex. « répondre plus vite aux demandes de devis »), mais le personnel ne les connaît pas.',
          de: 'Die Geschäftsleitung hat in einer Besprechung ein oder zwei Ziele für KI genannt (z. B. „Angebotsanfragen schneller beantworten“), aber die Belegschaft kennt sie nicht.',
          lb: 'D’Direktioun huet an enger Reunioun een oder zwee Ziler fir KI genannt (z. B. „Ufroe fir Offere méi séier beäntweren“), mä d’Personal kennt se net.',
        },
        {
          en: 'A short written statement links AI to two or three business goals; staff know it and it is part of the annual plan.',
          fr: 'Une courte note écrite relie l’IA à deux ou trois objectifs de l’entreprise ; le personnel la connaît et elle figure dans le plan annuel.',
          de: 'Eine kurze schriftliche Erklärung verknüpft KI mit zwei oder drei Geschäftszielen; die Belegschaft kennt sie, und sie ist Teil der Jahresplanung.',
          lb: 'Eng kuerz schrëftlech Erklärung verbënnt KI mat zwee oder dräi Ziler vum Betrib; d’Personal kennt se, a si ass Deel vun der Joresplanung.',
        },
        {
          en: 'Each AI goal has a measurable target (e.g. quote turnaround halved by year-end) that management reviews at least twice a year.',
          fr: 'Chaque objectif IA a une cible mesurable (p. ex. délai de réponse aux devis divisé par deux d’ici la fin de l’année), revue par la direction au moins deux fois par an.',
          de: 'Jedes KI-Ziel hat eine messbare Vorgabe (z. B. Angebotsdauer bis Jahresende halbiert), die die Geschäftsleitung mindestens zweimal im Jahr überprüft.',
          lb: 'All KI-Zil huet eng moossbar Virgab (z. B. d’Zäit fir eng Offer bis Enn vum Joer hallef sou laang), déi d’Direktioun mindestens zweemol am Joer iwwerpréift.',
        },
        {
          en: 'The AI vision is updated every year from results and market changes and guides decisions on products, hiring and investment.',
          fr: 'La vision IA est mise à jour chaque année à partir des résultats et de l’évolution du marché, et guide les décisions sur l’offre, les recrutements et les investissements.',
          de: 'Die KI-Vision wird jährlich anhand von Ergebnissen und Marktveränderungen aktualisiert und steuert Entscheidungen zu Angebot, Einstellungen und Investitionen.',
          lb: 'D’KI-Visioun gëtt all Joer no de Resultater an den Ännerunge vum Maart aktualiséiert a bestëmmt d’Decisiounen iwwer Produiten, Recrutementer an Investissementer.',
        },
      ],
    },
  },
  {
    id: 'strategy.use_cases',
    dimensionId: 'strategy',
    weight: 3,
    sourceIds: ['mitre'],
    question: {
      en: 'Have you identified and ranked concrete uses of AI for your company?',
      fr: 'Avez-vous identifié et classé des cas d’usage concrets de l’IA pour votre entreprise ?',
      de: 'Haben Sie konkrete KI-Anwendungsfälle für Ihr Unternehmen ermittelt und priorisiert?',
      lb: 'Hutt Dir konkret KI-Uwendungsfäll fir Äre Betrib identifizéiert a priorisiéiert?',
    },
    help: {
      en: 'A short, ranked list of use cases is the starting point of every roadmap and of most funding applications.',
      fr: 'Une liste courte et priorisée de cas d’usage est le point de départ de toute feuille de route et de la plupart des demandes d’aide.',
      de: 'Eine kurze, priorisierte Liste von Anwendungsfällen ist der Ausgangspunkt jeder Roadmap und der meisten Förderanträge.',
      lb: 'Eng kuerz, priorisiéiert Lëscht vun Uwendungsfäll ass de Startpunkt vun all Roadmap a vun de meeschte Fërderufroen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No use case has been identified; nobody knows where AI could help.',
          fr: 'Aucun cas d’usage n’a été identifié ; personne ne sait où l’IA pourrait aider.',
          de: 'Es wurde kein Anwendungsfall ermittelt; niemand weiß, wo KI helfen könnte.',
          lb: 'Et gouf nach keen Uwendungsfall identifizéiert; kee weess, wou KI hëllefe kéint.',
        },
        {
          en: 'Individual employees have ideas (e.g. “a chatbot for the website”), but nobody collects them.',
          fr: 'Certains collaborateurs ont des idées (p. ex. « un chatbot sur le site »), mais personne ne les recueille.',
          de: 'Einzelne Mitarbeitende haben Ideen (z. B. „ein Chatbot für die Website“), aber niemand sammelt sie.',
          lb: 'Eenzel Mataarbechter hunn Iddien (z. B. „e Chatbot fir d’Websäit“), mä kee sammelt se.',
        },
        {
          en: 'A list of ideas exists (e.g. from an internal workshop), but nobody has compared them by value or feasibility.',
          fr: 'Une liste d’idées existe (p. ex. issue d’un atelier interne), mais personne ne les a comparées selon leur valeur ou leur faisabilité.',
          de: 'Es gibt eine Ideenliste (z. B. aus einem internen Workshop), aber niemand hat die Ideen nach Nutzen oder Machbarkeit verglichen.',
          lb: 'Et gëtt eng Lëscht mat Iddien (z. B. vun engem interne Workshop), mä keen huet se no Notzen oder Machbarkeet verglach.',
        },
        {
          en: 'Use cases are described (problem, data needed, expected benefit) and ranked; the top one or two have been chosen.',
          fr: 'Les cas d’usage sont décrits (problème, données nécessaires, bénéfice attendu) et classés ; les un ou deux premiers ont été retenus.',
          de: 'Anwendungsfälle sind beschrieben (Problem, benötigte Daten, erwarteter Nutzen) und priorisiert; die ein bis zwei wichtigsten sind ausgewählt.',
          lb: 'D’Uwendungsfäll si beschriwwen (Problem, néideg Daten, erwaarten Notzen) a priorisiéiert; déi éischt een oder zwee si gewielt.',
        },
        {
          en: 'The list is reviewed every quarter; each use case has an owner, a cost estimate and a recorded go/no-go decision.',
          fr: 'La liste est revue chaque trimestre ; chaque cas d’usage a un responsable, une estimation des coûts et une décision go/no-go consignée.',
          de: 'Die Liste wird jedes Quartal überprüft; jeder Anwendungsfall hat eine verantwortliche Person, eine Kostenschätzung und eine dokumentierte Go/No-go-Entscheidung.',
          lb: 'D’Lëscht gëtt all Trimester iwwerpréift; all Uwendungsfall huet e Responsabelen, eng Käschteschätzung an eng dokumentéiert Go/No-go-Decisioun.',
        },
        {
          en: 'Staff and clients bring new use cases regularly; all are scored the same way and the portfolio is adjusted from results.',
          fr: 'Le personnel et les clients apportent régulièrement de nouveaux cas d’usage ; tous sont évalués selon la même méthode et le portefeuille est ajusté selon les résultats.',
          de: 'Belegschaft und Kunden bringen regelmäßig neue Anwendungsfälle ein; alle werden gleich bewertet, und das Portfolio wird anhand der Ergebnisse angepasst.',
          lb: 'Personal a Cliente brénge regelméisseg nei Uwendungsfäll; all gi gläich bewäert, an de Portfolio gëtt no de Resultater ugepasst.',
        },
      ],
    },
  },
  {
    id: 'strategy.business_case',
    dimensionId: 'strategy',
    weight: 2,
    question: {
      en: 'How do you estimate costs and benefits before starting a digital or AI project?',
      fr: 'Comment estimez-vous les coûts et les bénéfices avant de lancer un projet numérique ou d’IA ?',
      de: 'Wie schätzen Sie Kosten und Nutzen ab, bevor Sie ein Digital- oder KI-Projekt starten?',
      lb: 'Wéi schätzt Dir Käschten an Notzen of, ier Dir en Digital- oder KI-Projet ufänkt?',
    },
    help: {
      en: 'Knowing what a project must save or earn protects cash flow and makes a funding application credible.',
      fr: 'Savoir ce qu’un projet doit économiser ou rapporter protège la trésorerie et rend une demande d’aide crédible.',
      de: 'Zu wissen, was ein Projekt einsparen oder einbringen muss, schützt die Liquidität und macht einen Förderantrag glaubwürdig.',
      lb: 'Wann ee weess, wat e Projet spueren oder abrénge muss, schützt dat d’Liquiditéit a mécht eng Fërderufro glafwierdeg.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Tools are bought on gut feeling or on the vendor’s promise; nobody calculates costs or benefits.',
          fr: 'Les outils sont achetés à l’instinct ou sur la promesse du vendeur ; personne ne calcule coûts ni bénéfices.',
          de: 'Werkzeuge werden aus dem Bauch heraus oder auf das Versprechen des Anbieters hin gekauft; niemand rechnet Kosten oder Nutzen.',
          lb: 'Tools gi aus dem Bauch eraus oder op d’Versprieche vum Verkeefer hi kaaft; kee rechent Käschten oder Notzen.',
        },
        {
          en: 'The purchase price is known, but running costs (licences, maintenance, staff time) and benefits are not estimated.',
          fr: 'Le prix d’achat est connu, mais les coûts récurrents (licences, maintenance, temps du personnel) et les bénéfices ne sont pas estimés.',
          de: 'Der Kaufpreis ist bekannt, laufende Kosten (Lizenzen, Wartung, Arbeitszeit) und Nutzen werden aber nicht geschätzt.',
          lb: 'De Kafpräis ass bekannt, mä déi lafend Käschten (Lizenzen, Maintenance, Aarbechtszäit) an den Notze ginn net geschat.',
        },
        {
          en: 'Larger projects get a rough estimate (e.g. “saves about one day a week”), but nobody checks it after go-live.',
          fr: 'Les projets importants font l’objet d’une estimation sommaire (p. ex. « fait gagner environ un jour par semaine »), jamais vérifiée après la mise en service.',
          de: 'Größere Projekte bekommen eine grobe Schätzung (z. B. „spart etwa einen Tag pro Woche“), die nach dem Start niemand überprüft.',
          lb: 'Méi grouss Projete kréien eng grouf Schätzung (z. B. „spuert ongeféier een Dag d’Woch“), déi no der Aféierung keen iwwerpréift.',
        },
        {
          en: 'Each project has a written business case: total cost over three years, expected gains and payback period.',
          fr: 'Chaque projet a un business case écrit : coût total sur trois ans, gains attendus et délai de retour sur investissement.',
          de: 'Jedes Projekt hat einen schriftlichen Business Case: Gesamtkosten über drei Jahre, erwartete Einsparungen und Amortisationszeit.',
          lb: 'All Projet huet e schrëftleche Business Case: Gesamtkäschten iwwer dräi Joer, erwaart Gewënner an d’Zäit, bis e sech rentéiert.',
        },
        {
          en: 'After go-live, actual costs and savings are measured against the business case and reported to management.',
          fr: 'Après la mise en service, les coûts et gains réels sont mesurés par rapport au business case et présentés à la direction.',
          de: 'Nach dem Start werden tatsächliche Kosten und Einsparungen mit dem Business Case verglichen und der Geschäftsleitung berichtet.',
          lb: 'No der Aféierung gi déi reell Käschten an Erspuernisser mam Business Case verglach an der Direktioun gemellt.',
        },
        {
          en: 'Business cases reuse figures from past projects and include risks and funding; projects are stopped or scaled on the evidence.',
          fr: 'Les business cases s’appuient sur les chiffres des projets passés et intègrent risques et aides ; les projets sont arrêtés ou étendus sur la base des faits.',
          de: 'Business Cases nutzen Zahlen aus früheren Projekten und berücksichtigen Risiken und Förderungen; Projekte werden anhand der Ergebnisse gestoppt oder ausgeweitet.',
          lb: 'Business Cases benotzen Zuele vu fréiere Projeten a berécksiichtege Risiken a Fërderungen; Projete gi op Basis vun de Resultater gestoppt oder ausgebaut.',
        },
      ],
    },
  },
  {
    id: 'strategy.budget',
    dimensionId: 'strategy',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'Are money and working time set aside for digital and AI initiatives?',
      fr: 'Un budget et du temps de travail sont-ils réservés aux initiatives numériques et d’IA ?',
      de: 'Sind Budget und Arbeitszeit für Digital- und KI-Vorhaben eingeplant?',
      lb: 'Sinn e Budget an Aarbechtszäit fir Digital- a KI-Initiative virgesinn?',
    },
    help: {
      en: 'Without a budget line and protected time, AI stays a side project that always loses to daily business.',
      fr: 'Sans ligne budgétaire ni temps protégé, l’IA reste un projet annexe qui passe toujours après le quotidien.',
      de: 'Ohne Budgetposten und geschützte Zeit bleibt KI ein Nebenprojekt, das immer hinter dem Tagesgeschäft zurücksteht.',
      lb: 'Ouni eegene Budget a fest reservéiert Zäit bleift KI e Säitenprojet, deen ëmmer hannert dem Alldag zréckstoe muss.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No money or working time is planned for digital or AI projects; IT spending happens only when something breaks.',
          fr: 'Aucun budget ni temps n’est prévu pour des projets numériques ou d’IA ; on ne dépense en informatique que lorsqu’une panne survient.',
          de: 'Für Digital- oder KI-Projekte ist weder Geld noch Zeit eingeplant; für IT wird nur ausgegeben, wenn etwas kaputtgeht.',
          lb: 'Fir Digital- oder KI-Projeten ass weder Geld nach Zäit virgesinn; fir d’IT gëtt nëmme Geld ausginn, wann eppes futti geet.',
        },
        {
          en: 'Occasional purchases (e.g. an AI chat subscription) are paid from general expenses and decided case by case.',
          fr: 'Des achats ponctuels (p. ex. un abonnement à un assistant IA) sont payés sur les frais généraux et décidés au cas par cas.',
          de: 'Gelegentliche Käufe (z. B. ein KI-Chat-Abo) werden aus den allgemeinen Ausgaben bezahlt und von Fall zu Fall entschieden.',
          lb: 'Heiansdo gëtt eppes kaaft (z. B. en Abonnement fir e KI-Chat), bezuelt aus den allgemenge Fraisen a vu Fall zu Fall decidéiert.',
        },
        {
          en: 'An IT amount is planned each year, but it goes almost entirely to running costs and replacing equipment.',
          fr: 'Un montant informatique est prévu chaque année, mais il part presque entièrement dans les frais courants et le remplacement du matériel.',
          de: 'Jedes Jahr ist ein IT-Betrag eingeplant, der aber fast vollständig für laufende Kosten und Ersatzgeräte draufgeht.',
          lb: 'All Joer ass en IT-Betrag virgesinn, mä dee geet bal ganz fir lafend Käschten an Ersatzmaterial drop.',
        },
        {
          en: 'The annual budget has a separate line for digital and AI projects, and named staff have time reserved for them.',
          fr: 'Le budget annuel comporte une ligne distincte pour les projets numériques et d’IA, et des personnes désignées y consacrent un temps réservé.',
          de: 'Das Jahresbudget hat einen eigenen Posten für Digital- und KI-Projekte, und benannte Mitarbeitende haben dafür reservierte Zeit.',
          lb: 'De Joresbudget huet en eegene Poste fir Digital- a KI-Projeten, a benannt Mataarbechter hu Zäit dofir reservéiert.',
        },
        {
          en: 'The budget covers several years, is combined with available grants, and spending is tracked per project.',
          fr: 'Le budget est pluriannuel, combiné avec les aides disponibles, et les dépenses sont suivies par projet.',
          de: 'Das Budget ist mehrjährig, mit verfügbaren Förderungen kombiniert, und die Ausgaben werden pro Projekt verfolgt.',
          lb: 'De Budget leeft iwwer e puer Joer, gëtt mat de verfügbare Fërderunge kombinéiert, an d’Ausgabe gi pro Projet nogehalen.',
        },
        {
          en: 'Digital and AI investment is reallocated during the year according to project results, like any other strategic investment.',
          fr: 'Les investissements numériques et IA sont réaffectés en cours d’année selon les résultats des projets, comme tout investissement stratégique.',
          de: 'Digital- und KI-Investitionen werden unterjährig nach Projektergebnissen umgeschichtet, wie jede andere strategische Investition.',
          lb: 'Digital- a KI-Investissementer ginn am Laf vum Joer no de Resultater vun de Projeten ëmgeschicht, wéi all aner strategesch Investitioun.',
        },
      ],
    },
  },
  {
    id: 'strategy.leadership',
    dimensionId: 'strategy',
    weight: 2,
    sourceIds: ['mitre'],
    question: {
      en: 'Who leads and sponsors digital and AI topics in the company?',
      fr: 'Qui pilote et porte les sujets numériques et IA dans l’entreprise ?',
      de: 'Wer führt und unterstützt Digital- und KI-Themen im Unternehmen?',
      lb: 'Wien dréit a fërdert d’Digital- a KI-Theemen am Betrib?',
    },
    help: {
      en: 'In a small or medium company, change happens when the owner or a manager carries it personally and gives someone a clear mandate.',
      fr: 'Dans une PME, le changement se produit quand le dirigeant ou un cadre le porte personnellement et confie un mandat clair à quelqu’un.',
      de: 'In einem kleinen oder mittleren Unternehmen kommt Veränderung zustande, wenn der Inhaber oder eine Führungskraft sie persönlich trägt und jemandem einen klaren Auftrag gibt.',
      lb: 'An engem klengen oder mëttlere Betrib kënnt Ännerung eréischt, wann de Patron oder e Chef se selwer dréit an engem e kloren Optrag gëtt.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Nobody is responsible; digital topics are left to whoever has time or to the external IT provider.',
          fr: 'Personne n’est responsable ; le numérique est laissé à qui a le temps ou au prestataire informatique.',
          de: 'Niemand ist zuständig; Digitales bleibt dem überlassen, der gerade Zeit hat, oder dem externen IT-Dienstleister.',
          lb: 'Keen ass zoustänneg; Digitales bleift deem iwwerlooss, dee grad Zäit huet, oder dem externen IT-Prestataire.',
        },
        {
          en: 'One enthusiastic employee pushes digital topics on their own, without a mandate from management.',
          fr: 'Un collaborateur enthousiaste fait avancer le numérique de sa propre initiative, sans mandat de la direction.',
          de: 'Eine begeisterte Person treibt Digitalthemen auf eigene Faust voran, ohne Auftrag der Geschäftsleitung.',
          lb: 'Ee begeeschterte Mataarbechter dréckt d’Digitalthemen op eegen Initiativ, ouni Optrag vun der Direktioun.',
        },
        {
          en: 'Management supports digital projects when asked, but nobody has a formal role or dedicated time.',
          fr: 'La direction soutient les projets numériques quand on la sollicite, mais personne n’a de rôle formel ni de temps dédié.',
          de: 'Die Geschäftsleitung unterstützt Digitalprojekte auf Nachfrage, aber niemand hat eine formelle Rolle oder feste Zeit dafür.',
          lb: 'D’Direktioun ënnerstëtzt Digitalprojeten, wann ee freet, mä keen huet eng formell Roll oder fix Zäit dofir.',
        },
        {
          en: 'A named person (e.g. the owner or the office manager) is in charge of digital and AI, with a mandate and regular time.',
          fr: 'Une personne désignée (p. ex. le dirigeant ou le responsable administratif) est chargée du numérique et de l’IA, avec un mandat et du temps régulier.',
          de: 'Eine benannte Person (z. B. der Inhaber oder die Büroleitung) ist für Digitales und KI zuständig, mit Auftrag und regelmäßiger Zeit.',
          lb: 'Eng benannt Persoun (z. B. de Patron oder de Responsabele vum Büro) ass fir Digitales a KI zoustänneg, mat engem Optrag a regelméisseger Zäit.',
        },
        {
          en: 'Digital and AI progress is a standing item in management meetings, with decisions and follow-up recorded.',
          fr: 'L’avancement numérique et IA est un point fixe des réunions de direction, avec décisions et suivi consignés.',
          de: 'Der Fortschritt bei Digitalem und KI ist fester Punkt der Leitungssitzungen, mit protokollierten Entscheidungen und Nachverfolgung.',
          lb: 'De Fortschrëtt bei Digitalem a KI ass e feste Punkt op de Reunioune vun der Direktioun, mat Decisiounen a Suivi am Protokoll.',
        },
        {
          en: 'Management visibly sponsors AI, shares results with staff and partners, and is seen as a reference in its sector.',
          fr: 'La direction porte visiblement l’IA, partage les résultats avec le personnel et les partenaires, et fait figure de référence dans son secteur.',
          de: 'Die Geschäftsleitung steht sichtbar hinter KI, teilt Ergebnisse mit Belegschaft und Partnern und gilt in ihrer Branche als Vorbild.',
          lb: 'D’Direktioun stäipt KI sichtbar, deelt d’Resultater mam Personal an de Partner a gëllt an hirer Branche als Referenz.',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Digital foundations
// ---------------------------------------------------------------------------------------------
const FOUNDATIONS: readonly Item[] = [
  {
    id: 'foundations.systems',
    dimensionId: 'foundations',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'Which software runs your core processes (quotes, orders, invoicing, stock, planning)?',
      fr: 'Avec quels logiciels gérez-vous vos processus clés (devis, commandes, facturation, stock, planning) ?',
      de: 'Mit welcher Software laufen Ihre Kernprozesse (Angebote, Aufträge, Rechnungen, Lager, Planung)?',
      lb: 'Mat wéi enger Software lafen Är Haaptprozesser (Offeren, Bestellungen, Rechnungen, Stock, Planung)?',
    },
    help: {
      en: 'AI works on the data your software produces; processes on paper or in scattered spreadsheets must be digitised first.',
      fr: 'L’IA travaille sur les données produites par vos logiciels ; les processus sur papier ou dans des tableurs dispersés doivent d’abord être numérisés.',
      de: 'KI arbeitet mit den Daten, die Ihre Software erzeugt; Prozesse auf Papier oder in verstreuten Tabellen müssen zuerst digitalisiert werden.',
      lb: 'KI schafft mat den Daten, déi Är Software produzéiert; Prozesser op Pabeier oder a verstreeten Tabelle mussen als éischt digitaliséiert ginn.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Core processes run on paper, phone and email; quotes and invoices are typed in a word processor.',
          fr: 'Les processus clés reposent sur le papier, le téléphone et l’e-mail ; devis et factures sont tapés dans un traitement de texte.',
          de: 'Kernprozesse laufen über Papier, Telefon und E-Mail; Angebote und Rechnungen werden in einer Textverarbeitung geschrieben.',
          lb: 'D’Haaptprozesser lafen iwwer Pabeier, Telefon an E-Mail; Offeren a Rechnunge ginn an engem Textprogramm getippt.',
        },
        {
          en: 'Separate tools per task (spreadsheets, a small invoicing program); the same data is typed in several times.',
          fr: 'Un outil par tâche (tableurs, petit logiciel de facturation) ; les mêmes données sont saisies plusieurs fois.',
          de: 'Ein eigenes Werkzeug je Aufgabe (Tabellen, ein kleines Rechnungsprogramm); dieselben Daten werden mehrfach eingetippt.',
          lb: 'Fir all Aufgab en aneren Tool (Tabellen, e klengt Rechnungsprogramm); déi selwecht Date gi méi wéi eemol agetippt.',
        },
        {
          en: 'An accounting or ERP package covers customers and invoicing, but planning, stock or production stay on paper or in spreadsheets.',
          fr: 'Un logiciel comptable ou un ERP couvre clients et facturation, mais le planning, le stock ou la production restent sur papier ou dans des tableurs.',
          de: 'Eine Buchhaltungs- oder ERP-Software deckt Kunden und Rechnungen ab, Planung, Lager oder Produktion bleiben aber auf Papier oder in Tabellen.',
          lb: 'Eng Comptabilitéits- oder ERP-Software deckt Clienten a Rechnungen of, mä Planung, Stock oder Produktioun bleiwen op Pabeier oder an Tabellen.',
        },
        {
          en: 'Most core processes run in business software (ERP, CRM, planning or trade software); staff rarely re-type data.',
          fr: 'La plupart des processus clés tournent dans des logiciels métier (ERP, CRM, planning, logiciel d’artisan) ; le personnel ressaisit rarement des données.',
          de: 'Die meisten Kernprozesse laufen in Fachsoftware (ERP, CRM, Planungs- oder Handwerkersoftware); Daten werden selten neu eingetippt.',
          lb: 'Déi meescht Haaptprozesser lafen a Fachsoftware (ERP, CRM, Planungs- oder Handwierkersoftware); Date gi selten nei agetippt.',
        },
        {
          en: 'Processes are digital from quote to invoice, including on mobile devices on site or in the warehouse, with documented procedures.',
          fr: 'Les processus sont numériques du devis à la facture, y compris sur mobile sur chantier ou en entrepôt, avec des procédures documentées.',
          de: 'Die Prozesse sind vom Angebot bis zur Rechnung digital, auch mobil auf der Baustelle oder im Lager, mit dokumentierten Abläufen.',
          lb: 'D’Prozesser si vun der Offer bis bei d’Rechnung digital, och mobil um Chantier oder am Lager, mat dokumentéierte Prozeduren.',
        },
        {
          en: 'Systems are reviewed every year, data flows between them automatically, and new tools are chosen to fit the overall architecture.',
          fr: 'Les systèmes sont réexaminés chaque année, les données circulent automatiquement entre eux et chaque nouvel outil est choisi pour s’intégrer à l’ensemble.',
          de: 'Die Systeme werden jährlich überprüft, Daten fließen automatisch zwischen ihnen, und neue Werkzeuge werden passend zur Gesamtarchitektur ausgewählt.',
          lb: 'D’Systemer ginn all Joer iwwerpréift, d’Date fléissen automatesch tëscht hinnen, an nei Tools gi sou gewielt, datt se an d’Gesamtarchitektur passen.',
        },
      ],
    },
  },
  {
    id: 'foundations.cloud',
    dimensionId: 'foundations',
    weight: 1,
    question: {
      en: 'How are your IT services hosted, and how do you use the cloud?',
      fr: 'Comment vos services informatiques sont-ils hébergés et comment utilisez-vous le cloud ?',
      de: 'Wie sind Ihre IT-Dienste gehostet, und wie nutzen Sie die Cloud?',
      lb: 'Wou sinn Är IT-Servicer gehost, a wéi benotzt Dir d’Cloud?',
    },
    help: {
      en: 'Cloud services open the door to modern AI tools, but only if contracts, data location and accounts are under control.',
      fr: 'Le cloud ouvre l’accès aux outils d’IA modernes, à condition de maîtriser les contrats, la localisation des données et les comptes.',
      de: 'Cloud-Dienste öffnen den Zugang zu modernen KI-Werkzeugen, aber nur, wenn Verträge, Datenstandort und Konten im Griff sind.',
      lb: 'Cloud-Servicer maachen d’Dier op fir modern KI-Tools, mä nëmmen, wa Kontrakter, Standuert vun den Daten an d’Konten ënner Kontroll sinn.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'All files are on individual PCs or a USB disk; there is no server and no cloud.',
          fr: 'Tous les fichiers sont sur les PC individuels ou un disque USB ; il n’y a ni serveur ni cloud.',
          de: 'Alle Dateien liegen auf einzelnen PCs oder einer USB-Festplatte; es gibt weder Server noch Cloud.',
          lb: 'All d’Fichiere leien op eenzelne PCen oder enger USB-Disk; et gëtt weder Server nach Cloud.',
        },
        {
          en: 'Staff use free cloud services (personal file sharing, private email) on their own initiative; the company has no overview.',
          fr: 'Le personnel utilise des services cloud gratuits (partage de fichiers personnel, messagerie privée) de sa propre initiative ; l’entreprise n’en a aucune vue d’ensemble.',
          de: 'Mitarbeitende nutzen auf eigene Faust kostenlose Cloud-Dienste (private Dateifreigabe, private E-Mail); das Unternehmen hat keinen Überblick.',
          lb: 'D’Mataarbechter benotzen op eegen Initiativ gratis Cloud-Servicer (privat Fichiersdeelen, privat E-Mail); de Betrib huet keen Iwwerbléck.',
        },
        {
          en: 'A business cloud suite (e.g. Microsoft 365) is used for email and files, set up by a provider, without clear rules.',
          fr: 'Une suite cloud professionnelle (p. ex. Microsoft 365) sert pour la messagerie et les fichiers, installée par un prestataire, sans règles claires.',
          de: 'Eine geschäftliche Cloud-Suite (z. B. Microsoft 365) wird für E-Mail und Dateien genutzt, vom Dienstleister eingerichtet, ohne klare Regeln.',
          lb: 'Eng professionell Cloud-Suite (z. B. Microsoft 365) gëtt fir E-Mail a Fichiere benotzt, vum Prestataire installéiert, ouni kloer Reegelen.',
        },
        {
          en: 'Cloud and local services are chosen deliberately; contracts and data location (EU) are known, and accounts are managed centrally.',
          fr: 'Cloud et services locaux sont choisis en connaissance de cause ; contrats et localisation des données (UE) sont connus, et les comptes sont gérés de façon centrale.',
          de: 'Cloud- und lokale Dienste werden bewusst gewählt; Verträge und Datenstandort (EU) sind bekannt, Konten werden zentral verwaltet.',
          lb: 'Cloud- a lokal Servicer gi bewosst gewielt; Kontrakter a Standuert vun den Daten (EU) si bekannt, an d’Konte gi zentral verwalt.',
        },
        {
          en: 'An up-to-date list of all services with costs and owners exists; access is reviewed whenever someone joins or leaves.',
          fr: 'Une liste à jour de tous les services, avec coûts et responsables, existe ; les accès sont revus à chaque arrivée ou départ.',
          de: 'Es gibt eine aktuelle Liste aller Dienste mit Kosten und Verantwortlichen; Zugänge werden bei jedem Ein- und Austritt überprüft.',
          lb: 'Et gëtt eng aktuell Lëscht vun alle Servicer mat Käschten a Responsabelen; d’Zougäng ginn iwwerpréift, all Kéier wann een ufänkt oder fortgeet.',
        },
        {
          en: 'Hosting is chosen per workload (cloud, local data centre, national supercomputer) on cost, sovereignty and energy, and reviewed yearly.',
          fr: 'L’hébergement est choisi par usage (cloud, centre de données local, supercalculateur national) selon le coût, la souveraineté et l’énergie, et revu chaque année.',
          de: 'Das Hosting wird je Anwendung nach Kosten, Souveränität und Energie gewählt (Cloud, lokales Rechenzentrum, nationaler Supercomputer) und jährlich überprüft.',
          lb: 'Den Hosting gëtt pro Uwendung no Käschten, Souveränitéit an Energie gewielt (Cloud, lokaalt Rechenzentrum, nationale Supercomputer) an all Joer iwwerpréift.',
        },
      ],
    },
  },
  {
    id: 'foundations.cybersecurity',
    dimensionId: 'foundations',
    weight: 3,
    sourceIds: ['dma'],
    question: {
      en: 'Which of these security measures are in place today?',
      fr: 'Lesquelles de ces mesures de sécurité sont en place aujourd’hui ?',
      de: 'Welche dieser Sicherheitsmaßnahmen sind heute umgesetzt?',
      lb: 'Wéi eng vun dëse Sécherheetsmoossname sinn haut ëmgesat?',
    },
    help: {
      en: 'An AI project adds data flows and accounts, so basic security hygiene has to be in place first. Tick only what is actually done.',
      fr: 'Un projet d’IA ajoute des flux de données et des comptes : l’hygiène de sécurité de base doit être en place d’abord. Ne cochez que ce qui est réellement fait.',
      de: 'Ein KI-Projekt bringt neue Datenflüsse und Konten, deshalb muss die Grundhygiene der Sicherheit zuerst stehen. Kreuzen Sie nur an, was tatsächlich gemacht wird.',
      lb: 'E KI-Projet bréngt nei Datefloss a Konten, dofir muss d’Basis vun der Sécherheet als éischt stoen. Kräizt nëmmen un, wat wierklech gemaach gëtt.',
    },
    format: {
      kind: 'checklist',
      options: [
        {
          id: 'backups',
          weight: 2,
          label: {
            en: 'Automatic backups with one copy offline or off site, and a restore tested in the last 12 months',
            fr: 'Sauvegardes automatiques avec une copie hors ligne ou hors site, et une restauration testée au cours des 12 derniers mois',
            de: 'Automatische Datensicherung mit einer Kopie offline oder außer Haus und eine in den letzten 12 Monaten getestete Wiederherstellung',
            lb: 'Automatesch Backupe mat enger Kopie offline oder ausser Haus, an eng Restauratioun, déi an de leschten 12 Méint getest gouf',
          },
        },
        {
          id: 'mfa',
          weight: 2,
          label: {
            en: 'Two-factor authentication on email, cloud and remote access',
            fr: 'Authentification à deux facteurs sur la messagerie, le cloud et l’accès à distance',
            de: 'Zwei-Faktor-Authentifizierung für E-Mail, Cloud und Fernzugriff',
            lb: 'Zwee-Faktor-Authentifikatioun fir E-Mail, Cloud an den Zougrëff vu bausse',
          },
        },
        {
          id: 'updates',
          label: {
            en: 'Operating systems and software updated automatically or on a fixed schedule',
            fr: 'Systèmes et logiciels mis à jour automatiquement ou selon un calendrier fixe',
            de: 'Betriebssysteme und Software werden automatisch oder nach festem Plan aktualisiert',
            lb: 'Betribssystemer a Software ginn automatesch oder no engem fixe Plang aktualiséiert',
          },
        },
        {
          id: 'endpoint',
          label: {
            en: 'Centrally managed antivirus or endpoint protection on every computer',
            fr: 'Antivirus ou protection des postes gérée de façon centrale sur chaque ordinateur',
            de: 'Zentral verwalteter Virenschutz auf jedem Rechner',
            lb: 'Zentral verwalten Antivirus op all Computer',
          },
        },
        {
          id: 'passwords',
          label: {
            en: 'A password manager, or at least a different password for every account',
            fr: 'Un gestionnaire de mots de passe, ou au moins un mot de passe différent pour chaque compte',
            de: 'Ein Passwortmanager oder zumindest ein eigenes Passwort für jedes Konto',
            lb: 'E Passwuertmanager oder mindestens en anert Passwuert fir all Kont',
          },
        },
        {
          id: 'awareness',
          label: {
            en: 'Staff trained at least once a year to recognise phishing and fake invoices',
            fr: 'Personnel formé au moins une fois par an à reconnaître l’hameçonnage et les fausses factures',
            de: 'Mitarbeitende werden mindestens einmal im Jahr geschult, Phishing und gefälschte Rechnungen zu erkennen',
            lb: 'D’Personal gëtt mindestens eemol am Joer geschoult, fir Phishing a gefälscht Rechnungen ze erkennen',
          },
        },
        {
          id: 'incident',
          label: {
            en: 'A written plan of whom to call and what to do after an incident (ransomware, stolen laptop)',
            fr: 'Un plan écrit indiquant qui appeler et que faire après un incident (rançongiciel, ordinateur volé)',
            de: 'Ein schriftlicher Plan, wen man anruft und was zu tun ist nach einem Vorfall (Ransomware, gestohlener Laptop)',
            lb: 'E schrëftleche Plang, wien een urifft a wat ee mécht no engem Incident (Ransomware, geklaute Laptop)',
          },
        },
        {
          id: 'offboarding',
          label: {
            en: 'Accounts of departing staff closed on their last working day',
            fr: 'Comptes des personnes qui quittent l’entreprise fermés le dernier jour de travail',
            de: 'Konten ausscheidender Mitarbeitender werden am letzten Arbeitstag gesperrt',
            lb: 'D’Konte vu Leit, déi de Betrib verloossen, gi beim leschten Aarbechtsdag zougemaach',
          },
        },
      ],
    },
  },
  {
    id: 'foundations.integration',
    dimensionId: 'foundations',
    weight: 1,
    sourceIds: ['dma'],
    question: {
      en: 'How well do your systems exchange data with each other and with partners?',
      fr: 'Dans quelle mesure vos systèmes échangent-ils des données entre eux et avec vos partenaires ?',
      de: 'Wie gut tauschen Ihre Systeme Daten untereinander und mit Partnern aus?',
      lb: 'Wéi gutt tauschen Är Systemer Daten ënnereneen a mat Partner aus?',
    },
    help: {
      en: 'Automation and AI need data to flow without re-typing: between shop and accounting, with suppliers, with the fiduciary.',
      fr: 'L’automatisation et l’IA exigent que les données circulent sans ressaisie : entre la boutique et la comptabilité, avec les fournisseurs, avec la fiduciaire.',
      de: 'Automatisierung und KI brauchen Daten, die ohne Abtippen fließen: zwischen Kasse und Buchhaltung, mit Lieferanten, mit der Treuhand.',
      lb: 'Automatiséierung a KI brauchen Daten, déi ouni Ofschreiwe fléissen: tëscht Buttek a Comptabilitéit, mat de Fournisseuren, mat der Fiduciaire.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No exchange: data is printed or re-typed from one program into another.',
          fr: 'Aucun échange : les données sont imprimées ou ressaisies d’un programme à l’autre.',
          de: 'Kein Austausch: Daten werden ausgedruckt oder von einem Programm ins andere abgetippt.',
          lb: 'Keen Austausch: Date gi gedréckt oder vun engem Programm an dat anert ofgeschriwwen.',
        },
        {
          en: 'Data is exported to a spreadsheet or CSV by hand from time to time and imported elsewhere.',
          fr: 'Les données sont exportées à la main vers un tableur ou un CSV de temps en temps, puis importées ailleurs.',
          de: 'Daten werden ab und zu von Hand als Tabelle oder CSV exportiert und anderswo importiert.',
          lb: 'Date ginn ab an zou mat der Hand als Tabell oder CSV exportéiert an anerwäerts importéiert.',
        },
        {
          en: 'Some standard links work (e.g. bank statements into accounting), but most transfers are manual.',
          fr: 'Quelques liaisons standard fonctionnent (p. ex. relevés bancaires vers la comptabilité), mais la plupart des transferts sont manuels.',
          de: 'Einige Standardverbindungen laufen (z. B. Kontoauszüge in die Buchhaltung), die meisten Übertragungen sind aber manuell.',
          lb: 'E puer Standardverbindunge funktionéieren (z. B. Kontoauszich an d’Comptabilitéit), mä déi meescht Transferte si manuell.',
        },
        {
          en: 'Main systems are linked through standard connectors or APIs, and e-invoices (Peppol) are exchanged with clients or suppliers.',
          fr: 'Les principaux systèmes sont reliés par des connecteurs standard ou des API, et des factures électroniques (Peppol) sont échangées avec clients ou fournisseurs.',
          de: 'Die Hauptsysteme sind über Standardschnittstellen oder APIs verbunden, und E-Rechnungen (Peppol) werden mit Kunden oder Lieferanten ausgetauscht.',
          lb: 'D’Haaptsystemer si mat Standardschnëttstellen oder APIe verbonnen, an elektronesch Rechnungen (Peppol) gi mat Clienten oder Fournisseuren ausgetosch.',
        },
        {
          en: 'Integrations are documented and monitored; a broken link is noticed and fixed within a day.',
          fr: 'Les intégrations sont documentées et surveillées ; une liaison en panne est repérée et réparée dans la journée.',
          de: 'Schnittstellen sind dokumentiert und überwacht; eine gestörte Verbindung wird innerhalb eines Tages bemerkt und behoben.',
          lb: 'D’Schnëttstelle si dokumentéiert an iwwerwaacht; eng gestéiert Verbindung gëtt bannent engem Dag gemierkt a gefléckt.',
        },
        {
          en: 'New systems connect through a planned integration layer; orders, invoices and data flow automatically with partners.',
          fr: 'Les nouveaux systèmes se branchent sur une couche d’intégration planifiée ; commandes, factures et données circulent automatiquement avec les partenaires.',
          de: 'Neue Systeme docken an eine geplante Integrationsschicht an; Aufträge, Rechnungen und Daten fließen automatisch mit Partnern.',
          lb: 'Nei Systemer ginn un eng geplangten Integratiounsschicht ugeschloss; Bestellungen, Rechnungen an Date fléissen automatesch mat de Partner.',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// People & skills
// ---------------------------------------------------------------------------------------------
const PEOPLE: readonly Item[] = [
  {
    id: 'people.literacy',
    dimensionId: 'people',
    weight: 2,
    sourceIds: ['ai_act', 'mitre'],
    question: {
      en: 'How well do managers and staff understand what AI can and cannot do?',
      fr: 'Dans quelle mesure la direction et le personnel comprennent-ils ce que l’IA peut et ne peut pas faire ?',
      de: 'Wie gut verstehen Führung und Belegschaft, was KI kann und was nicht?',
      lb: 'Wéi gutt verstinn Direktioun a Personal, wat KI ka a wat net?',
    },
    help: {
      en: 'The AI Act asks companies that use AI systems to ensure sufficient AI literacy among their staff (art. 4). It is also where good ideas start.',
      fr: 'L’AI Act demande aux entreprises qui utilisent des systèmes d’IA d’assurer un niveau suffisant de maîtrise de l’IA à leur personnel (art. 4). C’est aussi là que naissent les bonnes idées.',
      de: 'Der AI Act verlangt von Unternehmen, die KI-Systeme einsetzen, ausreichende KI-Kompetenz ihres Personals (Art. 4). Dort entstehen auch die guten Ideen.',
      lb: 'Den AI Act verlaangt vu Betriber, déi KI-Systemer asetzen, datt hiert Personal genuch KI-Kompetenz huet (Art. 4). Do entstinn och déi gutt Iddien.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Most people have never knowingly used an AI tool and see it either as magic or as a threat.',
          fr: 'La plupart n’ont jamais utilisé sciemment un outil d’IA et y voient soit de la magie, soit une menace.',
          de: 'Die meisten haben nie bewusst ein KI-Werkzeug benutzt und sehen darin entweder Zauberei oder eine Bedrohung.',
          lb: 'Déi meescht hunn ni bewosst e KI-Tool benotzt a gesinn dran entweder Zauberei oder eng Gefor.',
        },
        {
          en: 'A few people try AI chat tools privately; others do not know what they are or that they can be wrong.',
          fr: 'Quelques personnes essaient des assistants IA à titre privé ; les autres ne savent pas ce que c’est ni qu’ils peuvent se tromper.',
          de: 'Einige probieren KI-Chats privat aus; andere wissen nicht, was das ist oder dass es sich irren kann.',
          lb: 'E puer Leit probéiere KI-Chats privat aus; anerer wëssen net, wat dat ass oder datt et sech ka vertun.',
        },
        {
          en: 'Most staff have tried generative AI and know it can invent facts, but understanding varies from person to person.',
          fr: 'La plupart des collaborateurs ont essayé l’IA générative et savent qu’elle peut inventer des faits, mais la compréhension varie d’une personne à l’autre.',
          de: 'Die meisten haben generative KI ausprobiert und wissen, dass sie Fakten erfinden kann, das Verständnis ist aber von Person zu Person verschieden.',
          lb: 'Déi meescht Mataarbechter hu generativ KI ausprobéiert a wëssen, datt se Fakten erfanne kann, mä d’Verständnis ass vu Persoun zu Persoun anescht.',
        },
        {
          en: 'Everyone who uses AI has had a short introduction (what it does, its limits, which data must not be entered); managers can judge vendor claims.',
          fr: 'Toute personne qui utilise l’IA a suivi une courte initiation (ce qu’elle fait, ses limites, les données à ne pas saisir) ; les responsables savent juger les promesses des vendeurs.',
          de: 'Alle, die KI nutzen, hatten eine kurze Einführung (was sie kann, ihre Grenzen, welche Daten tabu sind); Führungskräfte können Anbieterversprechen beurteilen.',
          lb: 'Jiddereen, dee KI benotzt, hat eng kuerz Aféierung (wat se mécht, hir Grenzen, wéi eng Daten net dra gehéieren); d’Cheffe kënnen d’Versprieche vun de Verkeefer beurteelen.',
        },
        {
          en: 'AI literacy is refreshed regularly and adapted to each role; the company records who was trained on what.',
          fr: 'La maîtrise de l’IA est actualisée régulièrement et adaptée à chaque fonction ; l’entreprise consigne qui a été formé à quoi.',
          de: 'KI-Kompetenz wird regelmäßig aufgefrischt und an jede Rolle angepasst; das Unternehmen dokumentiert, wer worin geschult wurde.',
          lb: 'D’KI-Kompetenz gëtt regelméisseg opgefrëscht an un all Roll ugepasst; de Betrib hält fest, wien a wat geschoult gouf.',
        },
        {
          en: 'Staff routinely spot AI opportunities and risks in their own work and explain them to clients and colleagues.',
          fr: 'Le personnel repère couramment les opportunités et les risques de l’IA dans son propre travail et les explique aux clients et aux collègues.',
          de: 'Mitarbeitende erkennen routinemäßig Chancen und Risiken von KI in ihrer eigenen Arbeit und erklären sie Kunden und Kollegen.',
          lb: 'D’Mataarbechter erkennen all Dag Chancen a Risike vu KI an hirer eegener Aarbecht an erkläre se Clienten a Kolleegen.',
        },
      ],
    },
  },
  {
    id: 'people.skills',
    dimensionId: 'people',
    weight: 2,
    sourceIds: ['dma', 'mitre'],
    question: {
      en: 'Which digital and data skills are available in the team?',
      fr: 'Quelles compétences numériques et en données sont disponibles dans l’équipe ?',
      de: 'Welche Digital- und Datenkompetenzen sind im Team vorhanden?',
      lb: 'Wéi eng Digital- an Datekompetenze sinn am Team do?',
    },
    help: {
      en: 'We look at who could actually set up, analyse and maintain a solution, in-house or on call.',
      fr: 'Nous regardons qui pourrait réellement paramétrer, analyser et maintenir une solution, en interne ou sur appel.',
      de: 'Wir schauen, wer eine Lösung tatsächlich einrichten, auswerten und pflegen könnte, intern oder auf Abruf.',
      lb: 'Mir kucken, wien eng Léisung wierklech ariichten, auswäerten an ënnerhale kéint, intern oder op Ruff.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Nobody in-house is comfortable beyond email and basic office tools.',
          fr: 'Personne en interne n’est à l’aise au-delà de l’e-mail et de la bureautique de base.',
          de: 'Intern kommt niemand über E-Mail und einfache Büroprogramme hinaus.',
          lb: 'Intern kënnt keen iwwer E-Mail an einfach Büroprogrammer eraus.',
        },
        {
          en: 'One person informally looks after IT on top of a full-time job and learns by trial and error.',
          fr: 'Une personne s’occupe officieusement de l’informatique en plus de son poste à temps plein et apprend sur le tas.',
          de: 'Eine Person kümmert sich inoffiziell neben einer Vollzeitstelle um die IT und lernt nach Versuch und Irrtum.',
          lb: 'Eng Persoun këmmert sech inoffiziell nieft enger Vollzäitstell ëm d’IT a léiert duerch Probéieren.',
        },
        {
          en: 'Some staff master advanced spreadsheets, the ERP or reporting tools, but nobody has data or automation as a task.',
          fr: 'Certains maîtrisent les tableurs avancés, l’ERP ou les outils de reporting, mais personne n’a les données ou l’automatisation comme mission.',
          de: 'Einige beherrschen fortgeschrittene Tabellen, das ERP oder Berichtswerkzeuge, aber niemand hat Daten oder Automatisierung als Aufgabe.',
          lb: 'E puer beherrschen Tabelle fir Fortgeschratt, den ERP oder Rapportstools, mä keen huet Daten oder Automatiséierung als Aufgab.',
        },
        {
          en: 'At least one person is explicitly responsible for data and digital tools (builds reports, automates workflows) and has time for it.',
          fr: 'Au moins une personne est explicitement chargée des données et des outils numériques (crée des rapports, automatise des flux) et en a le temps.',
          de: 'Mindestens eine Person ist ausdrücklich für Daten und digitale Werkzeuge zuständig (baut Berichte, automatisiert Abläufe) und hat Zeit dafür.',
          lb: 'Mindestens eng Persoun ass ausdrécklech fir Daten an digital Tools zoustänneg (mécht Rapporten, automatiséiert Oflëf) an huet Zäit dofir.',
        },
        {
          en: 'The skills the roadmap needs are compared with those available; what is missing is added by training or hiring, on a plan.',
          fr: 'Les compétences requises par la feuille de route sont comparées à l’existant ; les écarts sont comblés par formation ou recrutement, selon un plan.',
          de: 'Die für die Roadmap nötigen Kompetenzen sind mit den vorhandenen abgeglichen; Lücken werden planmäßig durch Schulung oder Einstellung geschlossen.',
          lb: 'D’Kompetenzen, déi d’Roadmap brauch, gi mat deenen, déi do sinn, verglach; wat feelt, gëtt planméisseg duerch Formatioun oder Recrutement ergänzt.',
        },
        {
          en: 'The company has a small data and AI team (in-house or shared) that builds, evaluates and maintains AI solutions.',
          fr: 'L’entreprise dispose d’une petite équipe données et IA (interne ou mutualisée) qui développe, évalue et maintient des solutions d’IA.',
          de: 'Das Unternehmen hat ein kleines Daten- und KI-Team (intern oder geteilt), das KI-Lösungen entwickelt, bewertet und pflegt.',
          lb: 'De Betrib huet eng kleng Daten- a KI-Equipe (intern oder gedeelt), déi KI-Léisungen entwéckelt, bewäert an ënnerhält.',
        },
      ],
    },
  },
  {
    id: 'people.change',
    dimensionId: 'people',
    weight: 2,
    sourceIds: ['dma', 'mitre'],
    question: {
      en: 'How do you involve staff when ways of working change?',
      fr: 'Comment impliquez-vous le personnel quand les méthodes de travail changent ?',
      de: 'Wie beziehen Sie die Belegschaft ein, wenn sich Arbeitsweisen ändern?',
      lb: 'Wéi bezitt Dir d’Personal mat an, wa sech d’Aarbechtsweis ännert?',
    },
    help: {
      en: 'AI tools fail when the people who should use them are not involved; in a small team, one sceptic can block adoption.',
      fr: 'Les outils d’IA échouent quand leurs futurs utilisateurs ne sont pas impliqués ; dans une petite équipe, un seul sceptique peut tout bloquer.',
      de: 'KI-Werkzeuge scheitern, wenn die künftigen Nutzer nicht eingebunden sind; in einem kleinen Team kann eine skeptische Person alles blockieren.',
      lb: 'KI-Tools funktionéieren net, wann déi Leit, déi se solle benotzen, net agebonne sinn; an enger klenger Equipe ka ee Skeptiker alles blockéieren.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Changes are announced on the day; staff discover new tools once they are installed.',
          fr: 'Les changements sont annoncés le jour même ; le personnel découvre les nouveaux outils une fois installés.',
          de: 'Änderungen werden am selben Tag verkündet; die Belegschaft entdeckt neue Werkzeuge, wenn sie installiert sind.',
          lb: 'Ännerunge ginn um selwechten Dag ugekënnegt; d’Personal entdeckt nei Tools, wa se installéiert sinn.',
        },
        {
          en: 'Management explains changes afterwards; resistance is handled case by case.',
          fr: 'La direction explique les changements après coup ; les résistances sont traitées au cas par cas.',
          de: 'Die Geschäftsleitung erklärt Änderungen im Nachhinein; Widerstand wird von Fall zu Fall behandelt.',
          lb: 'D’Direktioun erkläert Ännerungen hannendrun; Widderstand gëtt vu Fall zu Fall behandelt.',
        },
        {
          en: 'Staff are told before a change and can ask questions, but are not involved in choosing or shaping it.',
          fr: 'Le personnel est informé avant un changement et peut poser des questions, mais ne participe ni au choix ni à la conception.',
          de: 'Die Belegschaft wird vor einer Änderung informiert und kann Fragen stellen, wirkt aber weder an Auswahl noch Gestaltung mit.',
          lb: 'D’Personal gëtt virun enger Ännerung informéiert a ka Froe stellen, mä schafft weder bei der Auswiel nach bei der Gestaltung mat.',
        },
        {
          en: 'Future users test new tools before the decision, their feedback changes the plan, and the staff delegation is informed where required.',
          fr: 'Les futurs utilisateurs testent les nouveaux outils avant la décision, leurs retours modifient le plan, et la délégation du personnel est informée lorsque c’est requis.',
          de: 'Künftige Nutzer testen neue Werkzeuge vor der Entscheidung, ihr Feedback ändert den Plan, und die Personaldelegation wird informiert, wo vorgeschrieben.',
          lb: 'Déi zukünfteg Benotzer teste nei Tools virun der Decisioun, hire Feedback ännert de Plang, an d’Personaldelegatioun gëtt informéiert, wou dat virgeschriwwen ass.',
        },
        {
          en: 'Each change has an owner and a training plan, and a few weeks later someone checks whether people really work the new way.',
          fr: 'Chaque changement a un responsable et un plan de formation, et quelques semaines plus tard on vérifie que chacun travaille vraiment autrement.',
          de: 'Jede Änderung hat eine verantwortliche Person und einen Schulungsplan, und einige Wochen später wird geprüft, ob wirklich neu gearbeitet wird.',
          lb: 'All Ännerung huet e Responsabelen an e Formatiounsplang, an e puer Wochen duerno gëtt gekuckt, ob wierklech op déi nei Aart geschafft gëtt.',
        },
        {
          en: 'Staff propose and pilot improvements themselves; small, frequent changes are reviewed together as a habit.',
          fr: 'Le personnel propose et teste lui-même des améliorations ; de petits changements fréquents sont évalués ensemble, par habitude.',
          de: 'Mitarbeitende schlagen Verbesserungen selbst vor und erproben sie; kleine, häufige Änderungen werden gewohnheitsmäßig gemeinsam ausgewertet.',
          lb: 'D’Mataarbechter proposéieren a teste selwer Verbesserungen; kleng, heefeg Ännerunge ginn ëmmer zesumme bewäert.',
        },
      ],
    },
  },
  {
    id: 'people.training',
    dimensionId: 'people',
    weight: 1,
    sourceIds: ['dma'],
    question: {
      en: 'How is training on digital and AI topics organised?',
      fr: 'Comment la formation aux sujets numériques et IA est-elle organisée ?',
      de: 'Wie ist Weiterbildung zu Digital- und KI-Themen organisiert?',
      lb: 'Wéi sinn d’Formatiounen iwwer Digital- a KI-Theemen organiséiert?',
    },
    help: {
      en: 'Training time and budget show whether skills will keep pace with the roadmap. The professional chambers and their training centres also offer short courses designed for SMEs.',
      fr: 'Le temps et le budget de formation montrent si les compétences suivront la feuille de route. Les chambres professionnelles et leurs centres de formation proposent aussi des cours courts pensés pour les PME.',
      de: 'Zeit und Budget für Weiterbildung zeigen, ob die Kompetenzen mit der Roadmap Schritt halten. Die Berufskammern und ihre Weiterbildungszentren bieten auch kurze, auf KMU zugeschnittene Kurse an.',
      lb: 'Zäit a Budget fir Formatioun weisen, ob d’Kompetenze mat der Roadmap matkommen. D’Beruffschamberen an hir Formatiounszentere bidden och kuerz Formatiounen un, déi op kleng a mëttel Betriber zougeschnidde sinn.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No training on digital topics in the past two years.',
          fr: 'Aucune formation sur des sujets numériques au cours des deux dernières années.',
          de: 'Keine Weiterbildung zu Digitalthemen in den letzten zwei Jahren.',
          lb: 'Keng Formatioun iwwer Digitalthemen an de leschten zwee Joer.',
        },
        {
          en: 'Training happens only when new software is installed, given by the vendor.',
          fr: 'La formation n’a lieu qu’à l’installation d’un nouveau logiciel, assurée par l’éditeur.',
          de: 'Schulungen gibt es nur bei der Einführung neuer Software, durch den Anbieter.',
          lb: 'Formatioune gëtt et nëmmen, wann eng nei Software installéiert gëtt, an da vum Verkeefer.',
        },
        {
          en: 'Some staff attend courses at their own request; nobody keeps track of who learned what.',
          fr: 'Certains suivent des cours à leur propre demande ; personne ne suit qui a appris quoi.',
          de: 'Einige besuchen Kurse auf eigenen Wunsch; niemand hält fest, wer was gelernt hat.',
          lb: 'E puer Leit maache Coursen op eegene Wonsch; keen hält fest, wie wat geléiert huet.',
        },
        {
          en: 'A yearly training plan covers digital and AI topics for each role, with budget and time during working hours.',
          fr: 'Un plan de formation annuel couvre les sujets numériques et IA pour chaque fonction, avec budget et temps sur les heures de travail.',
          de: 'Ein jährlicher Weiterbildungsplan deckt Digital- und KI-Themen für jede Rolle ab, mit Budget und Zeit während der Arbeitszeit.',
          lb: 'E jäerleche Formatiounsplang deckt Digital- a KI-Theeme fir all Roll of, mat Budget an Zäit während der Aarbechtszäit.',
        },
        {
          en: 'Training results are checked (actual use of the tools, certificates), the plan is adjusted, and public co-funding for training is used.',
          fr: 'Les effets des formations sont vérifiés (usage réel des outils, certificats), le plan est ajusté et le cofinancement public de la formation est utilisé.',
          de: 'Der Erfolg von Schulungen wird geprüft (tatsächliche Nutzung, Zertifikate), der Plan angepasst und die staatliche Kofinanzierung der Weiterbildung genutzt.',
          lb: 'De Resultat vun de Formatioune gëtt gepréift (wierklech Notzung vun den Tools, Zertifikater), de Plang gëtt ugepasst an d’staatlech Kofinanzéierung fir Formatioun gëtt genotzt.',
        },
        {
          en: 'Learning is continuous: internal knowledge sharing, mentoring and short sessions on new AI tools are part of normal work.',
          fr: 'L’apprentissage est continu : partage de connaissances en interne, tutorat et courtes sessions sur les nouveaux outils d’IA font partie du travail normal.',
          de: 'Lernen ist kontinuierlich: interner Wissensaustausch, Mentoring und kurze Sessions zu neuen KI-Werkzeugen gehören zur normalen Arbeit.',
          lb: 'Léieren ass permanent: Wëssen intern deelen, Mentoring a kuerz Sessiounen iwwer nei KI-Tools gehéieren zur normaler Aarbecht.',
        },
      ],
    },
  },
  {
    id: 'people.partners',
    dimensionId: 'people',
    weight: 1,
    question: {
      en: 'Which outside partners support you on digital and AI topics?',
      fr: 'Quels partenaires externes vous accompagnent sur les sujets numériques et IA ?',
      de: 'Welche externen Partner unterstützen Sie bei Digital- und KI-Themen?',
      lb: 'Wéi eng extern Partner ënnerstëtzen Iech bei Digital- a KI-Theemen?',
    },
    help: {
      en: 'Few SMEs can do everything in-house; the right network (IT provider, research centres, agencies, other companies) fills the gaps.',
      fr: 'Peu de PME peuvent tout faire en interne ; le bon réseau (prestataire informatique, centres de recherche, agences, autres entreprises) comble les manques.',
      de: 'Nur wenige KMU können alles selbst; das richtige Netzwerk (IT-Dienstleister, Forschungszentren, Agenturen, andere Unternehmen) schließt die Lücken.',
      lb: 'Wéineg kleng a mëttel Betriber kënnen alles selwer; dat richtegt Netzwierk (IT-Prestataire, Fuerschungszentren, Agencen, aner Betriber) fëllt d’Lücken.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No outside support except a seller who comes when something breaks.',
          fr: 'Aucun soutien externe, sauf un vendeur qui passe en cas de panne.',
          de: 'Keine externe Unterstützung außer einem Händler, der bei Pannen kommt.',
          lb: 'Keng Ënnerstëtzung vu bausse, ausser engem Verkeefer, dee kënnt, wann eppes futti ass.',
        },
        {
          en: 'A local IT provider maintains the computers; nobody outside advises on data or AI.',
          fr: 'Un prestataire informatique local entretient les ordinateurs ; personne à l’extérieur ne conseille sur les données ou l’IA.',
          de: 'Ein lokaler IT-Dienstleister wartet die Rechner; extern berät niemand zu Daten oder KI.',
          lb: 'En IT-Prestataire aus der Géigend ënnerhält d’Computeren; vu bausse beréit keen iwwer Daten oder KI.',
        },
        {
          en: 'The company has attended events or spoken to the agency, a chamber or a cluster, without concrete follow-up.',
          fr: 'L’entreprise a assisté à des événements ou échangé avec l’agence, une chambre ou un cluster, sans suite concrète.',
          de: 'Das Unternehmen war bei Veranstaltungen oder im Gespräch mit der Agentur, einer Kammer oder einem Cluster, ohne konkrete Folgen.',
          lb: 'De Betrib war op Eventer oder huet mat der Agence, enger Chamber oder engem Cluster geschwat, ouni konkret Suite.',
        },
        {
          en: 'A regular partner (consultant, software vendor or integrator) supports a digital project with a clear scope.',
          fr: 'Un partenaire régulier (consultant, éditeur ou intégrateur) accompagne un projet numérique au périmètre clair.',
          de: 'Ein fester Partner (Berater, Softwareanbieter oder Integrator) begleitet ein Digitalprojekt mit klarem Umfang.',
          lb: 'E feste Partner (Consultant, Softwarefirma oder Integrateur) begleet en Digitalprojet mat engem kloren Ëmfang.',
        },
        {
          en: 'The company works with several partners (e.g. a research centre such as LIST, the University, an AI start-up) and manages them against agreed results.',
          fr: 'L’entreprise travaille avec plusieurs partenaires (p. ex. un centre de recherche comme le LIST, l’Université, une start-up IA) et les pilote sur des résultats convenus.',
          de: 'Das Unternehmen arbeitet mit mehreren Partnern (z. B. einem Forschungszentrum wie dem LIST, der Universität, einem KI-Start-up) und steuert sie über vereinbarte Ergebnisse.',
          lb: 'De Betrib schafft mat e puer Partner (z. B. engem Fuerschungszentrum wéi dem LIST, der Uni, engem KI-Start-up) a stéiert se iwwer ofgemaachte Resultater.',
        },
        {
          en: 'The company is active in networks and joint projects, shares its experience and co-develops AI solutions with partners.',
          fr: 'L’entreprise est active dans des réseaux et des projets communs, partage son expérience et co-développe des solutions d’IA avec des partenaires.',
          de: 'Das Unternehmen ist in Netzwerken und Gemeinschaftsprojekten aktiv, teilt seine Erfahrung und entwickelt KI-Lösungen gemeinsam mit Partnern.',
          lb: 'De Betrib ass an Netzwierker a gemeinsame Projeten aktiv, deelt seng Erfarung an entwéckelt KI-Léisunge mat Partner zesummen.',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------
const DATA: readonly Item[] = [
  {
    id: 'data.inventory',
    dimensionId: 'data',
    weight: 2,
    sourceIds: ['mitre', 'gdpr'],
    question: {
      en: 'Do you know what data the company holds, where it is and who is responsible for it?',
      fr: 'Savez-vous quelles données l’entreprise détient, où elles se trouvent et qui en est responsable ?',
      de: 'Wissen Sie, welche Daten das Unternehmen hat, wo sie liegen und wer dafür verantwortlich ist?',
      lb: 'Wësst Dir, wéi eng Daten de Betrib huet, wou se leien a wien dofir responsabel ass?',
    },
    help: {
      en: 'Every AI use case starts with “do we have the data?”; an inventory answers that in minutes instead of weeks.',
      fr: 'Tout cas d’usage d’IA commence par « avons-nous les données ? » ; un inventaire y répond en quelques minutes au lieu de plusieurs semaines.',
      de: 'Jeder KI-Anwendungsfall beginnt mit „Haben wir die Daten?“; ein Verzeichnis beantwortet das in Minuten statt in Wochen.',
      lb: 'All KI-Uwendungsfall fänkt mat „Hu mir d’Daten?“ un; en Inventaire beäntwert dat a Minutten amplaz a Wochen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Customer data sits in separate Excel files per salesperson and in mailboxes; nobody knows what exists.',
          fr: 'Les données clients sont dans des fichiers Excel séparés par commercial et dans les boîtes mail ; personne ne sait ce qui existe.',
          de: 'Kundendaten liegen in getrennten Excel-Dateien je Verkäufer und in Postfächern; niemand weiß, was es gibt.',
          lb: 'D’Clientsdate leien an eenzelnen Excel-Fichiere pro Verkeefer an an de Mailboxen; kee weess, wat et alles gëtt.',
        },
        {
          en: 'People know roughly where their own data is, but there is no overview for the company.',
          fr: 'Chacun sait à peu près où se trouvent ses propres données, mais il n’existe aucune vue d’ensemble.',
          de: 'Jeder weiß ungefähr, wo seine eigenen Daten liegen, aber es gibt keinen Überblick für das Unternehmen.',
          lb: 'Jidderee weess ongeféier, wou seng eegen Date leien, mä et gëtt keen Iwwerbléck fir de Betrib.',
        },
        {
          en: 'The main sources (ERP, accounting, shared drive) are known, but spreadsheets and personal files are not listed.',
          fr: 'Les sources principales (ERP, comptabilité, lecteur partagé) sont connues, mais les tableurs et fichiers personnels ne sont pas recensés.',
          de: 'Die Hauptquellen (ERP, Buchhaltung, gemeinsames Laufwerk) sind bekannt, Tabellen und persönliche Dateien aber nicht erfasst.',
          lb: 'D’Haaptquellen (ERP, Comptabilitéit, gemeinsaamt Laafwierk) si bekannt, mä Tabellen a perséinlech Fichieren net erfaasst.',
        },
        {
          en: 'A written list names each data source, its content, location and owner; it also serves as the GDPR record of processing.',
          fr: 'Une liste écrite recense chaque source de données, son contenu, son emplacement et son responsable ; elle sert aussi de registre des traitements RGPD.',
          de: 'Eine schriftliche Liste nennt jede Datenquelle mit Inhalt, Ort und Verantwortlichen; sie dient auch als DSGVO-Verarbeitungsverzeichnis.',
          lb: 'Eng schrëftlech Lëscht nennt all Datequell mat Inhalt, Standuert a Responsabelen; si déngt och als RGPD-Register vun de Veraarbechtungen.',
        },
        {
          en: 'The inventory is updated when systems change and states how long data is kept and who may use it.',
          fr: 'L’inventaire est mis à jour quand les systèmes changent et indique la durée de conservation et qui peut utiliser les données.',
          de: 'Das Verzeichnis wird bei Systemänderungen aktualisiert und hält fest, wie lange Daten aufbewahrt werden und wer sie nutzen darf.',
          lb: 'Den Inventaire gëtt aktualiséiert, wann d’Systemer änneren, a seet, wéi laang Date gehale ginn a wie se benotzen däerf.',
        },
        {
          en: 'The inventory is a working tool: new projects start from it, and it shows which data could be valuable for AI or partners.',
          fr: 'L’inventaire est un outil de travail : les nouveaux projets partent de lui, et il montre quelles données pourraient servir à l’IA ou à des partenaires.',
          de: 'Das Verzeichnis ist ein Arbeitswerkzeug: Neue Projekte starten damit, und es zeigt, welche Daten für KI oder Partner wertvoll sein könnten.',
          lb: 'Den Inventaire ass en Aarbechtsinstrument: Nei Projete fänken domat un, an e weist, wéi eng Date fir KI oder Partner wäertvoll kéinte sinn.',
        },
      ],
    },
  },
  {
    id: 'data.quality',
    dimensionId: 'data',
    weight: 3,
    sourceIds: ['dma', 'mitre'],
    question: {
      en: 'How reliable and complete is the data in your main systems?',
      fr: 'Quelle est la fiabilité et la complétude des données de vos principaux systèmes ?',
      de: 'Wie verlässlich und vollständig sind die Daten in Ihren Hauptsystemen?',
      lb: 'Wéi zouverlässeg a komplett sinn d’Daten an Ären Haaptsystemer?',
    },
    help: {
      en: 'AI learns from your data as it is: duplicates, gaps and free-text chaos lead to poor results and wrong decisions.',
      fr: 'L’IA apprend de vos données telles qu’elles sont : doublons, lacunes et saisies libres désordonnées mènent à de mauvais résultats et à de mauvaises décisions.',
      de: 'KI lernt aus Ihren Daten, so wie sie sind: Dubletten, Lücken und Freitext-Chaos führen zu schlechten Ergebnissen und falschen Entscheidungen.',
      lb: 'KI léiert vun Ären Daten, sou wéi se sinn: Duplikater, Lücken a Fräitext-Chaos féieren zu schlechte Resultater a falschen Decisiounen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Data is full of duplicates, gaps and contradictions; reports cannot be trusted and nobody checks.',
          fr: 'Les données sont pleines de doublons, de lacunes et de contradictions ; les rapports ne sont pas fiables et personne ne vérifie.',
          de: 'Die Daten sind voller Dubletten, Lücken und Widersprüche; Berichten ist nicht zu trauen, und niemand prüft.',
          lb: 'D’Date si voller Duplikater, Lücken a Widdersprëch; de Rapporten ass net ze trauen, a kee kontrolléiert.',
        },
        {
          en: 'Errors are fixed when someone stumbles over them (a returned letter, a wrong invoice).',
          fr: 'Les erreurs sont corrigées quand quelqu’un tombe dessus (un courrier retourné, une facture erronée).',
          de: 'Fehler werden behoben, wenn jemand darüber stolpert (ein zurückgekommener Brief, eine falsche Rechnung).',
          lb: 'Feeler gi korrigéiert, wann een driwwer stolpert (e Bréif, deen zréckkënnt, eng falsch Rechnung).',
        },
        {
          en: 'Some rules exist (mandatory fields, product codes), but clean-ups happen only before an audit or a migration.',
          fr: 'Quelques règles existent (champs obligatoires, codes articles), mais les nettoyages n’ont lieu qu’avant un audit ou une migration.',
          de: 'Es gibt einige Regeln (Pflichtfelder, Artikelnummern), aber bereinigt wird nur vor einer Prüfung oder einer Migration.',
          lb: 'Et gëtt e puer Reegelen (Flichtfelder, Artikelnummeren), mä gebotzt gëtt nëmme virun engem Audit oder enger Migratioun.',
        },
        {
          en: 'Data entry follows agreed rules, key fields are checked regularly, and each data set has someone responsible for its quality.',
          fr: 'La saisie suit des règles convenues, les champs clés sont vérifiés régulièrement et chaque jeu de données a un responsable de sa qualité.',
          de: 'Die Erfassung folgt vereinbarten Regeln, wichtige Felder werden regelmäßig geprüft, und für jeden Datenbestand ist jemand für die Qualität zuständig.',
          lb: 'D’Agab follegt ofgemaachte Reegelen, wichteg Felder gi regelméisseg kontrolléiert, a fir all Dateset ass ee fir d’Qualitéit zoustänneg.',
        },
        {
          en: 'Data quality is measured (e.g. share of complete customer records, number of duplicates) and problems are traced to their cause.',
          fr: 'La qualité est mesurée (p. ex. part de fiches clients complètes, nombre de doublons) et les problèmes sont remontés jusqu’à leur cause.',
          de: 'Die Datenqualität wird gemessen (z. B. Anteil vollständiger Kundendatensätze, Zahl der Dubletten), und Probleme werden bis zur Ursache verfolgt.',
          lb: 'D’Datequalitéit gëtt gemooss (z. B. Undeel u komplette Clientsfichen, Zuel vun den Duplikater), a Problemer gi bis bei hir Ursaach verfollegt.',
        },
        {
          en: 'Quality is checked automatically at entry and monitored continuously; the data is trusted enough to drive decisions and AI models.',
          fr: 'La qualité est contrôlée automatiquement à la saisie et surveillée en continu ; les données sont assez fiables pour piloter décisions et modèles d’IA.',
          de: 'Die Qualität wird bei der Eingabe automatisch geprüft und laufend überwacht; die Daten sind verlässlich genug, um Entscheidungen und KI-Modelle darauf zu stützen.',
          lb: 'D’Qualitéit gëtt bei der Agab automatesch kontrolléiert a permanent iwwerwaacht; d’Date si verlässlech genuch fir Decisiounen a KI-Modeller.',
        },
      ],
    },
  },
  {
    id: 'data.governance',
    dimensionId: 'data',
    weight: 2,
    sourceIds: ['mitre', 'gdpr', 'altai'],
    question: {
      en: 'Are there rules on who may access, change, share and delete data?',
      fr: 'Existe-t-il des règles sur qui peut consulter, modifier, partager et supprimer les données ?',
      de: 'Gibt es Regeln, wer Daten einsehen, ändern, weitergeben und löschen darf?',
      lb: 'Gëtt et Reegelen, wien Daten asi, änneren, deelen a läsche däerf?',
    },
    help: {
      en: 'Clear rules protect the data of clients and staff and let you use data for AI without legal surprises.',
      fr: 'Des règles claires protègent les données des clients et du personnel et permettent de les utiliser pour l’IA sans mauvaise surprise juridique.',
      de: 'Klare Regeln schützen Kunden- und Mitarbeiterdaten und erlauben es, Daten ohne rechtliche Überraschungen für KI zu nutzen.',
      lb: 'Kloer Reegele schützen d’Date vu Clienten a Personal an erlaben, Daten ouni juristesch Iwwerraschunge fir KI ze benotzen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Everyone can see and change everything; shared passwords are common.',
          fr: 'Tout le monde peut tout voir et tout modifier ; les mots de passe partagés sont courants.',
          de: 'Jeder kann alles sehen und ändern; geteilte Passwörter sind üblich.',
          lb: 'Jidderee ka alles gesinn an änneren; gedeelt Passwierder sinn üblech.',
        },
        {
          en: 'Some folders are protected, but access is granted on request and never reviewed.',
          fr: 'Certains dossiers sont protégés, mais les accès sont accordés à la demande et jamais revus.',
          de: 'Einige Ordner sind geschützt, Zugriffe werden aber auf Zuruf vergeben und nie überprüft.',
          lb: 'E puer Dossiere si geschützt, mä Zougrëffer gi just op Nofro ginn an ni iwwerpréift.',
        },
        {
          en: 'Access follows roles in the main systems, but there are no written rules on sharing, retention or deletion.',
          fr: 'Les accès suivent les fonctions dans les principaux systèmes, mais il n’existe pas de règles écrites sur le partage, la conservation ou la suppression.',
          de: 'Zugriffe folgen in den Hauptsystemen den Rollen, aber es gibt keine schriftlichen Regeln zu Weitergabe, Aufbewahrung oder Löschung.',
          lb: 'D’Zougrëffer riichte sech an den Haaptsystemer no de Rollen, mä et gëtt keng schrëftlech Reegelen iwwer Deelen, Opbewahrung oder Läschen.',
        },
        {
          en: 'Written rules define access by role, retention periods and how data is shared with partners; staff know them.',
          fr: 'Des règles écrites définissent les accès par fonction, les durées de conservation et le partage avec les partenaires ; le personnel les connaît.',
          de: 'Schriftliche Regeln legen Zugriffe nach Rolle, Aufbewahrungsfristen und die Weitergabe an Partner fest; die Belegschaft kennt sie.',
          lb: 'Schrëftlech Reegele leeën d’Zougrëffer no Roll, d’Opbewahrungsfristen an d’Deele mat Partner fest; d’Personal kennt se.',
        },
        {
          en: 'Access rights and retention are reviewed regularly; every transfer of data to a third party is recorded and covered by a contract.',
          fr: 'Les droits d’accès et la conservation sont revus régulièrement ; chaque transmission à un tiers est consignée et couverte par un contrat.',
          de: 'Zugriffsrechte und Aufbewahrung werden regelmäßig überprüft; jede Weitergabe an Dritte ist dokumentiert und vertraglich geregelt.',
          lb: 'Zougrëffsrechter an Opbewahrung gi regelméisseg iwwerpréift; all Weiderginn un Drëtter ass dokumentéiert an duerch e Kontrakt ofgedeckt.',
        },
        {
          en: 'Rules are built into the systems (automatic deletion, access logs), and any new use of data goes through a defined approval process.',
          fr: 'Les règles sont intégrées aux systèmes (suppression automatique, journaux d’accès), et tout nouvel usage des données suit une procédure d’approbation définie.',
          de: 'Die Regeln sind in die Systeme eingebaut (automatische Löschung, Zugriffsprotokolle), und neue Datennutzungen durchlaufen ein festgelegtes Freigabeverfahren.',
          lb: 'D’Reegele sinn an d’Systemer agebaut (automatescht Läschen, Zougrëffsprotokoller), an all nei Notzung vun Date geet duerch eng festgeluecht Fräigabprozedur.',
        },
      ],
    },
  },
  {
    id: 'data.access',
    dimensionId: 'data',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'How easily can people get the data they need for analysis and decisions?',
      fr: 'Avec quelle facilité chacun obtient-il les données dont il a besoin pour analyser et décider ?',
      de: 'Wie leicht kommen Mitarbeitende an die Daten, die sie für Auswertungen und Entscheidungen brauchen?',
      lb: 'Wéi einfach kommen d’Leit un d’Daten, déi se fir Analysen an Decisioune brauchen?',
    },
    help: {
      en: 'If pulling figures together takes days, AI pilots will stall on the same problem.',
      fr: 'S’il faut des jours pour rassembler des chiffres, les projets pilotes d’IA buteront sur le même problème.',
      de: 'Wenn das Zusammentragen von Zahlen Tage dauert, bleiben KI-Piloten am selben Problem hängen.',
      lb: 'Wann et Deeg dauert, fir Zuelen zesummenzesichen, bleiwe KI-Piloten um selwechte Problem hänken.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Figures are only available on request from the accountant or the owner, often weeks late.',
          fr: 'Les chiffres ne sont disponibles que sur demande auprès du comptable ou du dirigeant, souvent avec des semaines de retard.',
          de: 'Zahlen gibt es nur auf Anfrage beim Buchhalter oder Inhaber, oft Wochen zu spät.',
          lb: 'Zuele gëtt et nëmmen op Nofro beim Comptabel oder beim Patron, dacks Woche ze spéit.',
        },
        {
          en: 'Someone compiles a spreadsheet report by hand each month, copying from several systems.',
          fr: 'Quelqu’un compile chaque mois un rapport sous tableur à la main, en copiant depuis plusieurs systèmes.',
          de: 'Jemand stellt jeden Monat von Hand einen Tabellenbericht zusammen und kopiert dafür aus mehreren Systemen.',
          lb: 'Ee stellt all Mount mat der Hand en Tabellerapport zesummen a kopéiert dofir aus e puer Systemer.',
        },
        {
          en: 'Standard reports exist in the software, but combining data from two systems still means manual work.',
          fr: 'Des rapports standard existent dans les logiciels, mais croiser les données de deux systèmes reste un travail manuel.',
          de: 'Standardberichte gibt es in der Software, aber Daten aus zwei Systemen zu verbinden ist immer noch Handarbeit.',
          lb: 'Et gëtt Standardrapporten an der Software, mä Date vun zwee Systemer zesummenzebréngen ass nach ëmmer Handaarbecht.',
        },
        {
          en: 'Key data is brought together in one place (a database or shared dashboard) that the staff concerned use themselves.',
          fr: 'Les données clés sont réunies en un seul endroit (base de données ou tableau de bord partagé) que les personnes concernées utilisent elles-mêmes.',
          de: 'Wichtige Daten sind an einem Ort zusammengeführt (Datenbank oder gemeinsames Dashboard), den die Betroffenen selbst nutzen.',
          lb: 'Déi wichtegst Date sinn op enger Plaz zesummegefouert (Datebank oder gemeinsamen Dashboard), déi déi betraffe Leit selwer benotzen.',
        },
        {
          en: 'Dashboards update automatically, definitions are shared (e.g. what counts as a sale), and data can be exported for analysis.',
          fr: 'Les tableaux de bord se mettent à jour automatiquement, les définitions sont partagées (p. ex. ce qui compte comme une vente) et les données s’exportent pour analyse.',
          de: 'Dashboards aktualisieren sich automatisch, Begriffe sind einheitlich festgelegt (z. B. was als Verkauf zählt), und Daten lassen sich für Auswertungen exportieren.',
          lb: 'Dashboarde ginn automatesch aktualiséiert, d’Definitioune si gemeinsam (z. B. wat als Verkaf zielt), an Date kënne fir Analysen exportéiert ginn.',
        },
        {
          en: 'Data is available through documented interfaces for analysis and AI, including outside data (weather, market prices, open data such as data.public.lu).',
          fr: 'Les données sont accessibles par des interfaces documentées pour l’analyse et l’IA, y compris des données externes (météo, prix du marché, données ouvertes comme data.public.lu).',
          de: 'Daten stehen über dokumentierte Schnittstellen für Analyse und KI bereit, auch externe Daten (Wetter, Marktpreise, offene Daten wie data.public.lu).',
          lb: 'Date si via dokumentéiert Schnëttstelle fir Analysen a KI disponibel, och extern Daten (Wieder, Maartpräisser, oppen Date wéi data.public.lu).',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// AI & automation use
// ---------------------------------------------------------------------------------------------
const AI_USE: readonly Item[] = [
  {
    id: 'ai_use.genai',
    dimensionId: 'ai_use',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'How is generative AI (ChatGPT, Copilot, Le Chat, Gemini …) used in the company today?',
      fr: 'Comment l’IA générative (ChatGPT, Copilot, Le Chat, Gemini…) est-elle utilisée aujourd’hui dans l’entreprise ?',
      de: 'Wie wird generative KI (ChatGPT, Copilot, Le Chat, Gemini …) heute im Unternehmen genutzt?',
      lb: 'Wéi gëtt generativ KI (ChatGPT, Copilot, Le Chat, Gemini …) haut am Betrib benotzt?',
    },
    help: {
      en: 'Generative AI is often already used informally; we look at where, and whether it is used safely. Tick what applies.',
      fr: 'L’IA générative est souvent déjà utilisée de manière informelle ; nous regardons où, et si c’est fait de manière sûre. Cochez ce qui s’applique.',
      de: 'Generative KI wird oft schon informell genutzt; wir schauen, wo, und ob das sicher geschieht. Kreuzen Sie an, was zutrifft.',
      lb: 'Generativ KI gëtt dacks schonn informell benotzt; mir kucken, wou, an ob dat sécher geschitt. Kräizt un, wat zoutrëfft.',
    },
    format: {
      kind: 'checklist',
      options: [
        {
          id: 'writing',
          label: {
            en: 'Drafting or translating texts (emails, quotes, job ads) in French, German or English',
            fr: 'Rédiger ou traduire des textes (e-mails, devis, offres d’emploi) en français, allemand ou anglais',
            de: 'Texte entwerfen oder übersetzen (E-Mails, Angebote, Stellenanzeigen) auf Französisch, Deutsch oder Englisch',
            lb: 'Texter schreiwen oder iwwersetzen (E-Mailen, Offeren, Stellenannoncen) op Franséisch, Däitsch oder Englesch',
          },
        },
        {
          id: 'summaries',
          label: {
            en: 'Summarising documents, meeting notes or regulations',
            fr: 'Résumer des documents, des comptes rendus ou des réglementations',
            de: 'Dokumente, Besprechungsnotizen oder Vorschriften zusammenfassen',
            lb: 'Dokumenter, Notize vu Reuniounen oder Reglementer zesummefaassen',
          },
        },
        {
          id: 'customers',
          label: {
            en: 'Customer communication (answers to frequent questions, a chatbot on the website)',
            fr: 'Communication avec les clients (réponses aux questions fréquentes, chatbot sur le site)',
            de: 'Kundenkommunikation (Antworten auf häufige Fragen, Chatbot auf der Website)',
            lb: 'Kommunikatioun mat Clienten (Äntwerten op heefeg Froen, Chatbot op der Websäit)',
          },
        },
        {
          id: 'code',
          label: {
            en: 'Spreadsheet formulas, macros or software code',
            fr: 'Formules de tableur, macros ou code informatique',
            de: 'Tabellenformeln, Makros oder Programmcode',
            lb: 'Formele fir Tabellen, Makroen oder Programmcode',
          },
        },
        {
          id: 'images',
          label: {
            en: 'Images, product photos or marketing visuals',
            fr: 'Images, photos de produits ou visuels marketing',
            de: 'Bilder, Produktfotos oder Marketinggrafiken',
            lb: 'Biller, Produitsfotoen oder Marketinggrafiken',
          },
        },
        {
          id: 'internal_docs',
          label: {
            en: 'Connected to company documents (e.g. Copilot on internal files, an in-house assistant)',
            fr: 'Connectée aux documents de l’entreprise (p. ex. Copilot sur les fichiers internes, un assistant maison)',
            de: 'Mit Unternehmensdokumenten verbunden (z. B. Copilot auf internen Dateien, ein eigener Assistent)',
            lb: 'Mat Dokumenter vum Betrib verbonnen (z. B. Copilot op interne Fichieren, en eegenen Assistent)',
          },
        },
        {
          id: 'business_accounts',
          weight: 2,
          label: {
            en: 'Business accounts (not free private accounts) are used for company work',
            fr: 'Des comptes professionnels (et non des comptes privés gratuits) sont utilisés pour le travail',
            de: 'Für die Arbeit werden Geschäftskonten genutzt (keine kostenlosen Privatkonten)',
            lb: 'Fir d’Aarbecht gi professionell Konte benotzt (keng gratis privat Konten)',
          },
        },
        {
          id: 'data_rules',
          weight: 2,
          label: {
            en: 'Written rules on which data may be entered into these tools',
            fr: 'Des règles écrites précisent quelles données peuvent être saisies dans ces outils',
            de: 'Schriftliche Regeln legen fest, welche Daten in diese Werkzeuge eingegeben werden dürfen',
            lb: 'Schrëftlech Reegele leeë fest, wéi eng Daten an dës Tools dierfen agi ginn',
          },
        },
      ],
    },
  },
  {
    id: 'ai_use.pilots',
    dimensionId: 'ai_use',
    weight: 3,
    sourceIds: ['mitre'],
    question: {
      en: 'How far has the company gone with AI beyond everyday chat tools?',
      fr: 'Jusqu’où l’entreprise est-elle allée avec l’IA au-delà des assistants conversationnels du quotidien ?',
      de: 'Wie weit ist das Unternehmen mit KI über alltägliche Chat-Werkzeuge hinaus gekommen?',
      lb: 'Wéi wäit ass de Betrib mat KI iwwer déi alldeeglech Chat-Tools erauskomm?',
    },
    help: {
      en: 'We distinguish trying a tool from running an AI solution that changes a business process.',
      fr: 'Nous distinguons l’essai d’un outil de l’exploitation d’une solution d’IA qui transforme un processus métier.',
      de: 'Wir unterscheiden zwischen dem Ausprobieren eines Werkzeugs und dem Betrieb einer KI-Lösung, die einen Geschäftsprozess verändert.',
      lb: 'Mir maachen en Ënnerscheed tëscht engem Tool ausprobéieren an enger KI-Léisung, déi e Prozess am Betrib wierklech ännert.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No AI project has been considered or tried.',
          fr: 'Aucun projet d’IA n’a été envisagé ni essayé.',
          de: 'Kein KI-Projekt wurde erwogen oder ausprobiert.',
          lb: 'Et gouf nach kee KI-Projet iwwerluecht oder ausprobéiert.',
        },
        {
          en: 'Someone has tried an AI feature or a demo out of curiosity, without a defined business problem.',
          fr: 'Quelqu’un a testé une fonction d’IA ou une démo par curiosité, sans problème métier défini.',
          de: 'Jemand hat aus Neugier eine KI-Funktion oder eine Demo getestet, ohne definiertes Geschäftsproblem.',
          lb: 'Een huet aus Virwëtz eng KI-Funktioun oder eng Demo getest, ouni e kloert Problem vum Betrib.',
        },
        {
          en: 'A proof of concept or pilot was run (e.g. with a vendor or a student), but it did not go into daily use.',
          fr: 'Une preuve de concept ou un pilote a été mené (p. ex. avec un éditeur ou un étudiant), sans passer en usage quotidien.',
          de: 'Ein Machbarkeitstest oder Pilot wurde durchgeführt (z. B. mit einem Anbieter oder einem Studenten), ging aber nicht in den Alltag über.',
          lb: 'E Proof of Concept oder e Pilotprojet gouf gemaach (z. B. mat enger Firma oder engem Student), mä en ass net an den Alldag iwwergaang.',
        },
        {
          en: 'At least one AI solution is in daily use in a business process (e.g. reading supplier invoices, forecasting demand, visual quality checks).',
          fr: 'Au moins une solution d’IA est utilisée au quotidien dans un processus (p. ex. lecture des factures fournisseurs, prévision de la demande, contrôle qualité visuel).',
          de: 'Mindestens eine KI-Lösung ist täglich in einem Geschäftsprozess im Einsatz (z. B. Lieferantenrechnungen auslesen, Nachfrage vorhersagen, visuelle Qualitätskontrolle).',
          lb: 'Mindestens eng KI-Léisung ass all Dag an engem Prozess am Asaz (z. B. Rechnunge vu Fournisseuren aliesen, d’Nofro viraussoen, visuell Qualitéitskontroll).',
        },
        {
          en: 'Several AI solutions are in production, each with an owner, measured benefits and a maintenance plan.',
          fr: 'Plusieurs solutions d’IA sont en production, chacune avec un responsable, des bénéfices mesurés et un plan de maintenance.',
          de: 'Mehrere KI-Lösungen laufen produktiv, jede mit verantwortlicher Person, gemessenem Nutzen und Wartungsplan.',
          lb: 'E puer KI-Léisunge lafen an der Produktioun, all eenzel mat engem Responsabelen, gemoossenem Notzen an engem Plang fir den Ënnerhalt.',
        },
        {
          en: 'AI is part of the core offer or operations, and the company routinely goes from idea to pilot to production within a few months.',
          fr: 'L’IA fait partie de l’offre ou des opérations centrales, et l’entreprise passe couramment de l’idée au pilote puis à la production en quelques mois.',
          de: 'KI ist Teil des Kernangebots oder Kernbetriebs, und das Unternehmen kommt routinemäßig in wenigen Monaten von der Idee über den Pilot zur Produktion.',
          lb: 'KI ass Deel vum Kärangebot oder vum Kärbetrib, an de Betrib kënnt reegelméisseg bannent e puer Méint vun der Iddi iwwer de Pilot bis an d’Produktioun.',
        },
      ],
    },
  },
  {
    id: 'ai_use.automation',
    dimensionId: 'ai_use',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'How far are repetitive tasks automated?',
      fr: 'Dans quelle mesure les tâches répétitives sont-elles automatisées ?',
      de: 'Wie weit sind wiederkehrende Aufgaben automatisiert?',
      lb: 'Wéi wäit sinn Aufgaben, déi ëmmer erëmkommen, automatiséiert?',
    },
    help: {
      en: 'Rule-based automation (workflows, RPA, e-invoicing) is often the quickest win and the groundwork for AI later.',
      fr: 'L’automatisation à base de règles (workflows, RPA, facturation électronique) est souvent le gain le plus rapide et prépare le terrain pour l’IA.',
      de: 'Regelbasierte Automatisierung (Workflows, RPA, E-Rechnung) ist oft der schnellste Gewinn und die Grundlage für spätere KI.',
      lb: 'Automatiséierung no Reegelen (Workflows, RPA, elektronesch Rechnungen) ass dacks de séierste Gewënn an d’Basis fir spéider KI.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'All repetitive tasks are done by hand (copying data, checking delivery notes, sending payment reminders).',
          fr: 'Toutes les tâches répétitives sont faites à la main (recopier des données, vérifier les bons de livraison, envoyer les rappels de paiement).',
          de: 'Alle wiederkehrenden Aufgaben werden von Hand erledigt (Daten abschreiben, Lieferscheine prüfen, Mahnungen verschicken).',
          lb: 'All Aufgaben, déi ëmmer erëmkommen, gi mat der Hand gemaach (Daten ofschreiwen, Liwwerschäiner kontrolléieren, Rappelle schécken).',
        },
        {
          en: 'A few personal shortcuts exist (spreadsheet macros, email templates), known only to those who made them.',
          fr: 'Quelques raccourcis personnels existent (macros de tableur, modèles d’e-mail), connus seulement de leurs auteurs.',
          de: 'Es gibt ein paar persönliche Abkürzungen (Tabellenmakros, E-Mail-Vorlagen), die nur ihre Urheber kennen.',
          lb: 'Et gëtt e puer perséinlech Ofkierzungen (Makroen an Tabellen, E-Mail-Virlagen), déi nëmmen déi kennen, déi se gemaach hunn.',
        },
        {
          en: 'Standard automations built into the software are switched on (automatic reminders, bank reconciliation).',
          fr: 'Les automatismes standard des logiciels sont activés (relances automatiques, rapprochement bancaire).',
          de: 'Die Standardautomatiken der Software sind eingeschaltet (automatische Mahnungen, Bankabgleich).',
          lb: 'D’Standardautomatismen an der Software sinn ageschalt (automatesch Rappellen, Ofgläich mat der Bank).',
        },
        {
          en: 'The main repetitive workflows are mapped and automated (e.g. order → delivery note → invoice); staff handle the exceptions.',
          fr: 'Les principaux flux répétitifs sont cartographiés et automatisés (p. ex. commande → bon de livraison → facture) ; le personnel traite les exceptions.',
          de: 'Die wichtigsten wiederkehrenden Abläufe sind erfasst und automatisiert (z. B. Auftrag → Lieferschein → Rechnung); Mitarbeitende bearbeiten die Ausnahmen.',
          lb: 'Déi wichtegst Oflëf, déi ëmmer erëmkommen, sinn opgezeechent an automatiséiert (z. B. Bestellung → Liwwerschäin → Rechnung); d’Personal këmmert sech ëm d’Ausnamen.',
        },
        {
          en: 'Automations are documented and monitored, their time savings are measured, and new candidates are identified regularly.',
          fr: 'Les automatisations sont documentées et surveillées, le temps gagné est mesuré et de nouvelles pistes sont identifiées régulièrement.',
          de: 'Automatisierungen sind dokumentiert und überwacht, die Zeitersparnis wird gemessen, und neue Kandidaten werden regelmäßig ermittelt.',
          lb: 'D’Automatiséierunge sinn dokumentéiert an iwwerwaacht, déi gespuert Zäit gëtt gemooss, an nei Kandidate gi regelméisseg identifizéiert.',
        },
        {
          en: 'Automation and AI work together end to end (e.g. incoming documents read by AI, checked by rules, booked automatically) and are improved continuously.',
          fr: 'Automatisation et IA fonctionnent ensemble de bout en bout (p. ex. documents entrants lus par l’IA, contrôlés par des règles, comptabilisés automatiquement) et sont améliorées en continu.',
          de: 'Automatisierung und KI greifen durchgängig ineinander (z. B. eingehende Belege von KI gelesen, per Regeln geprüft, automatisch verbucht) und werden laufend verbessert.',
          lb: 'Automatiséierung a KI schaffe vun A bis Z zesummen (z. B. Dokumenter, déi erakommen, vun der KI gelies, no Reegele kontrolléiert an automatesch verbucht) a gi permanent verbessert.',
        },
      ],
    },
  },
  {
    id: 'ai_use.mlops',
    dimensionId: 'ai_use',
    weight: 1,
    sourceIds: ['mitre', 'altai'],
    question: {
      en: 'Once an AI solution is in use, how is it monitored, maintained and improved?',
      fr: 'Une fois une solution d’IA en service, comment est-elle surveillée, maintenue et améliorée ?',
      de: 'Wie wird eine KI-Lösung im Einsatz überwacht, gepflegt und verbessert?',
      lb: 'Wann eng KI-Léisung am Asaz ass, wéi gëtt se iwwerwaacht, ënnerhalen a verbessert?',
    },
    help: {
      en: 'AI results drift as data, products and clients change; without monitoring, errors go unnoticed. Choose “not applicable” if no AI solution is in use yet.',
      fr: 'Les résultats de l’IA dérivent quand les données, les produits et les clients changent ; sans surveillance, les erreurs passent inaperçues. Choisissez « non applicable » si aucune solution d’IA n’est encore en service.',
      de: 'KI-Ergebnisse verschieben sich, wenn sich Daten, Produkte und Kunden ändern; ohne Überwachung bleiben Fehler unbemerkt. Wählen Sie „nicht zutreffend“, wenn noch keine KI-Lösung im Einsatz ist.',
      lb: 'D’Resultater vun der KI verrutschen, wann Daten, Produiten a Clienten änneren; ouni Iwwerwaachung fale Feeler net op. Wielt „net zoutreffend“, wann nach keng KI-Léisung am Asaz ass.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Nobody checks whether the AI results are still correct once the tool is running.',
          fr: 'Personne ne vérifie si les résultats de l’IA sont encore corrects une fois l’outil en service.',
          de: 'Niemand prüft, ob die KI-Ergebnisse noch stimmen, sobald das Werkzeug läuft.',
          lb: 'Soubal den Tool leeft, kontrolléiert kee méi, ob d’Resultater vun der KI nach stëmmen.',
        },
        {
          en: 'Errors are noticed only when a client or a colleague complains.',
          fr: 'Les erreurs ne sont repérées que lorsqu’un client ou un collègue se plaint.',
          de: 'Fehler fallen erst auf, wenn sich ein Kunde oder Kollege beschwert.',
          lb: 'Feeler falen eréischt op, wann e Client oder e Kolleeg sech beschwéiert.',
        },
        {
          en: 'Someone spot-checks results from time to time, without records or agreed thresholds.',
          fr: 'Quelqu’un contrôle des résultats de temps en temps, sans trace écrite ni seuils convenus.',
          de: 'Jemand macht ab und zu Stichproben, ohne Aufzeichnungen oder vereinbarte Schwellenwerte.',
          lb: 'Ee mécht ab an zou Stéchprouwen, ouni se opzeschreiwen an ouni ofgemaachte Grenzwäerter.',
        },
        {
          en: 'AI results are checked on a schedule using a sample; findings are recorded and a named person decides on corrections.',
          fr: 'Les résultats de l’IA sont contrôlés à intervalles fixes sur un échantillon ; les constats sont consignés et une personne désignée décide des corrections.',
          de: 'KI-Ergebnisse werden in festen Abständen anhand einer Stichprobe geprüft; Befunde werden festgehalten, und eine benannte Person entscheidet über Korrekturen.',
          lb: 'D’Resultater vun der KI ginn a feschten Intervallen op enger Stéchprouf kontrolléiert; dat gëtt festgehalen, an eng benannt Persoun decidéiert iwwer Korrekturen.',
        },
        {
          en: 'Performance is tracked with agreed indicators; models and prompts are versioned and updates are tested before release.',
          fr: 'La performance est suivie par des indicateurs convenus ; modèles et prompts sont versionnés et les mises à jour testées avant déploiement.',
          de: 'Die Leistung wird mit vereinbarten Kennzahlen verfolgt; Modelle und Prompts sind versioniert, Updates werden vor der Freigabe getestet.',
          lb: 'D’Leeschtung gëtt mat ofgemaachte Kennzuelen nogehalen; Modeller a Prompte si versionéiert, an Updates gi virun der Fräigab getest.',
        },
        {
          en: 'Monitoring is automated with alerts; models are retrained or replaced on evidence, and the whole lifecycle is documented.',
          fr: 'La surveillance est automatisée avec alertes ; les modèles sont réentraînés ou remplacés sur preuves, et tout le cycle de vie est documenté.',
          de: 'Die Überwachung ist automatisiert und schlägt Alarm; Modelle werden auf Basis von Belegen neu trainiert oder ersetzt, und der gesamte Lebenszyklus ist dokumentiert.',
          lb: 'D’Iwwerwaachung ass automatiséiert a schléit Alarm; Modeller ginn op Basis vu Fakten nei trainéiert oder ersat, an de ganze Liewenszyklus ass dokumentéiert.',
        },
      ],
    },
  },
  {
    id: 'ai_use.compute',
    dimensionId: 'ai_use',
    weight: 1,
    sourceIds: ['mitre'],
    question: {
      en: 'What computing resources can you use for AI work?',
      fr: 'De quelles ressources de calcul disposez-vous pour vos travaux d’IA ?',
      de: 'Welche Rechenressourcen können Sie für KI-Arbeiten nutzen?',
      lb: 'Wéi eng Rechenressource kënnt Dir fir KI-Aarbechten notzen?',
    },
    help: {
      en: 'Training or fine-tuning models needs GPUs; through the Luxembourg AI Factory, SMEs can get access to the MeluXina supercomputer.',
      fr: 'L’entraînement ou l’ajustement de modèles demande des GPU ; via la Luxembourg AI Factory, les PME peuvent accéder au supercalculateur MeluXina.',
      de: 'Das Trainieren oder Feinabstimmen von Modellen braucht GPUs; über die Luxembourg AI Factory können KMU Zugang zum Supercomputer MeluXina erhalten.',
      lb: 'Fir Modeller ze trainéieren oder unzepassen, brauch ee GPUen; iwwer d’Luxembourg AI Factory kënne kleng a mëttel Betriber Zougang zum Supercomputer MeluXina kréien.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Only office PCs and laptops; nobody knows what computing AI would need.',
          fr: 'Uniquement des PC de bureau et portables ; personne ne sait de quelle puissance de calcul l’IA aurait besoin.',
          de: 'Nur Büro-PCs und Laptops; niemand weiß, welche Rechenleistung KI bräuchte.',
          lb: 'Nëmme Büro-PCen a Laptopen; kee weess, wéi eng Rechenleeschtung KI bräicht.',
        },
        {
          en: 'AI is used only through ready-made online services; computing needs have never been considered.',
          fr: 'L’IA n’est utilisée que via des services en ligne prêts à l’emploi ; les besoins de calcul n’ont jamais été examinés.',
          de: 'KI wird nur über fertige Online-Dienste genutzt; über Rechenbedarf wurde nie nachgedacht.',
          lb: 'KI gëtt nëmmen iwwer fäerdeg Online-Servicer benotzt; iwwer de Rechebedarf gouf ni nogeduecht.',
        },
        {
          en: 'The company roughly knows what computing its use cases need, but has nothing beyond standard cloud subscriptions.',
          fr: 'L’entreprise connaît à peu près les besoins de calcul de ses cas d’usage, mais ne dispose que d’abonnements cloud standard.',
          de: 'Das Unternehmen kennt ungefähr den Rechenbedarf seiner Anwendungsfälle, hat aber nur Standard-Cloud-Abos.',
          lb: 'De Betrib weess ongeféier, wéi eng Rechenleeschtung seng Uwendungsfäll brauchen, huet awer nëmme Standard-Cloud-Abonnementer.',
        },
        {
          en: 'The company has used cloud GPUs or a partner’s servers for a pilot, with the cost known in advance.',
          fr: 'L’entreprise a utilisé des GPU dans le cloud ou les serveurs d’un partenaire pour un pilote, avec un coût connu à l’avance.',
          de: 'Das Unternehmen hat für einen Pilot Cloud-GPUs oder Server eines Partners genutzt, mit vorab bekannten Kosten.',
          lb: 'De Betrib huet fir e Pilotprojet Cloud-GPUen oder Servere vun engem Partner benotzt, mat Käschten, déi am Viraus bekannt waren.',
        },
        {
          en: 'Computing needs are estimated per project (e.g. in GPU-hours) and matched to the right option: cloud, own servers or MeluXina.',
          fr: 'Les besoins de calcul sont estimés par projet (p. ex. en heures GPU) et orientés vers la bonne option : cloud, serveurs propres ou MeluXina.',
          de: 'Der Rechenbedarf wird pro Projekt geschätzt (z. B. in GPU-Stunden) und der passenden Option zugeordnet: Cloud, eigene Server oder MeluXina.',
          lb: 'De Rechebedarf gëtt pro Projet geschat (z. B. a GPU-Stonnen) an déi richteg Optioun gewielt: Cloud, eege Serveren oder MeluXina.',
        },
        {
          en: 'Compute is planned over the year, access to national HPC and AI Factory resources is in place, and usage, cost and energy are monitored.',
          fr: 'Le calcul est planifié sur l’année, l’accès aux ressources nationales HPC et de l’AI Factory est établi, et usage, coût et énergie sont suivis.',
          de: 'Rechenleistung wird übers Jahr geplant, der Zugang zu nationalen HPC- und AI-Factory-Ressourcen steht, und Nutzung, Kosten und Energie werden überwacht.',
          lb: 'D’Rechenleeschtung gëtt iwwert d’Joer geplangt, den Zougang zu nationalen HPC- an AI-Factory-Ressourcen ass do, an Notzung, Käschten an Energie gi nogehalen.',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Responsible AI & compliance
// ---------------------------------------------------------------------------------------------
const RESPONSIBLE: readonly Item[] = [
  {
    id: 'responsible.ai_act',
    dimensionId: 'responsible',
    weight: 2,
    sourceIds: ['ai_act'],
    question: {
      en: 'Do you know which of your AI uses fall under the EU AI Act and what obligations follow?',
      fr: 'Savez-vous lesquels de vos usages de l’IA relèvent de l’AI Act européen et quelles obligations en découlent ?',
      de: 'Wissen Sie, welche Ihrer KI-Anwendungen unter den EU AI Act fallen und welche Pflichten daraus folgen?',
      lb: 'Wësst Dir, wéi eng vun Äre KI-Uwendungen ënnert den EU AI Act falen a wéi eng Flichten doraus entstinn?',
    },
    help: {
      en: 'The AI Act sorts AI uses by risk (prohibited, high-risk, transparency duties, minimal); what a company using AI must do depends on that class.',
      fr: 'L’AI Act classe les usages de l’IA par risque (interdit, à haut risque, obligations de transparence, minimal) ; ce qu’une entreprise utilisatrice doit faire dépend de cette classe.',
      de: 'Der AI Act teilt KI-Anwendungen nach Risiko ein (verboten, hochriskant, Transparenzpflichten, minimal); was ein nutzendes Unternehmen tun muss, hängt von dieser Klasse ab.',
      lb: 'Den AI Act deelt KI-Uwendungen no Risiko an (verbueden, héicht Risiko, Transparenzflichten, minimal); wat e Betrib, dee KI benotzt, maache muss, hänkt vun där Klass of.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Nobody in the company has heard of the AI Act.',
          fr: 'Personne dans l’entreprise n’a entendu parler de l’AI Act.',
          de: 'Im Unternehmen hat niemand vom AI Act gehört.',
          lb: 'Am Betrib huet nach kee vum AI Act héieren.',
        },
        {
          en: 'Management has heard of the AI Act but does not know whether it concerns the company.',
          fr: 'La direction a entendu parler de l’AI Act mais ne sait pas s’il concerne l’entreprise.',
          de: 'Die Geschäftsleitung hat vom AI Act gehört, weiß aber nicht, ob er das Unternehmen betrifft.',
          lb: 'D’Direktioun huet vum AI Act héieren, mä weess net, ob en de Betrib betrëfft.',
        },
        {
          en: 'The AI tools in use are known, but nobody has checked their risk class or the duties that come with it.',
          fr: 'Les outils d’IA utilisés sont connus, mais personne n’a vérifié leur classe de risque ni les obligations qui en découlent.',
          de: 'Die genutzten KI-Werkzeuge sind bekannt, aber niemand hat ihre Risikoklasse oder die damit verbundenen Pflichten geprüft.',
          lb: 'D’KI-Tools, déi benotzt ginn, si bekannt, mä keen huet hir Risikoklass oder d’Flichten, déi dermat verbonne sinn, gepréift.',
        },
        {
          en: 'Each AI use is listed with its risk class (e.g. website chatbot → transparency duty, CV screening → high risk) and the resulting obligations.',
          fr: 'Chaque usage de l’IA est listé avec sa classe de risque (p. ex. chatbot du site → obligation de transparence, tri de CV → haut risque) et les obligations qui en résultent.',
          de: 'Jede KI-Anwendung ist mit Risikoklasse (z. B. Website-Chatbot → Transparenzpflicht, Vorauswahl von Lebensläufen → hohes Risiko) und den daraus folgenden Pflichten aufgelistet.',
          lb: 'All KI-Uwendung ass mat hirer Risikoklass (z. B. Chatbot op der Websäit → Transparenzflicht, CVen automatesch sortéieren → héicht Risiko) an de Flichten, déi doraus folgen, opgelëscht.',
        },
        {
          en: 'Obligations are met and documented (e.g. the chatbot says it is an AI, supplier documentation is kept, staff are informed), and new uses are checked before launch.',
          fr: 'Les obligations sont respectées et documentées (p. ex. le chatbot indique qu’il est une IA, la documentation des fournisseurs est conservée, le personnel est informé), et chaque nouvel usage est vérifié avant son lancement.',
          de: 'Die Pflichten werden erfüllt und dokumentiert (z. B. der Chatbot sagt, dass er eine KI ist, Anbieterunterlagen werden aufbewahrt, die Belegschaft ist informiert), und neue Anwendungen werden vor dem Start geprüft.',
          lb: 'D’Flichte ginn agehalen an dokumentéiert (z. B. de Chatbot seet, datt en eng KI ass, d’Dokumentatioun vun de Fournisseure gëtt opgehalen, d’Personal ass informéiert), an nei Uwendunge gi virum Start gepréift.',
        },
        {
          en: 'AI Act checks are part of purchasing and project management; the list is reviewed every year and the company follows guidance from the authorities.',
          fr: 'Les vérifications AI Act font partie des achats et de la gestion de projet ; la liste est revue chaque année et l’entreprise suit les recommandations des autorités.',
          de: 'AI-Act-Prüfungen sind Teil von Einkauf und Projektmanagement; die Liste wird jährlich überprüft, und das Unternehmen verfolgt die Leitlinien der Behörden.',
          lb: 'AI-Act-Kontrolle sinn Deel vum Akaf a vum Projetsmanagement; d’Lëscht gëtt all Joer iwwerpréift, an de Betrib follegt d’Orientatioune vun den Autoritéiten.',
        },
      ],
    },
  },
  {
    id: 'responsible.gdpr',
    dimensionId: 'responsible',
    weight: 3,
    sourceIds: ['gdpr'],
    question: {
      en: 'Which data protection (GDPR) practices are in place?',
      fr: 'Quelles pratiques de protection des données (RGPD) sont en place ?',
      de: 'Welche Datenschutzpraktiken (DSGVO) sind umgesetzt?',
      lb: 'Wéi eng Dateschutzpraktiken (RGPD) sinn ëmgesat?',
    },
    help: {
      en: 'AI often processes personal data of clients or staff; the GDPR applies in full, and the CNPD is the supervisory authority in Luxembourg.',
      fr: 'L’IA traite souvent des données personnelles de clients ou du personnel ; le RGPD s’applique pleinement et la CNPD est l’autorité de contrôle au Luxembourg.',
      de: 'KI verarbeitet oft personenbezogene Daten von Kunden oder Beschäftigten; die DSGVO gilt vollständig, und die CNPD ist die Aufsichtsbehörde in Luxemburg.',
      lb: 'KI veraarbecht dacks perséinlech Date vu Clienten oder Personal; de RGPD gëllt voll, an d’CNPD ass d’Opsiichtsautoritéit zu Lëtzebuerg.',
    },
    format: {
      kind: 'checklist',
      options: [
        {
          id: 'record',
          weight: 2,
          label: {
            en: 'An up-to-date record of processing activities (art. 30)',
            fr: 'Un registre des activités de traitement à jour (art. 30)',
            de: 'Ein aktuelles Verzeichnis von Verarbeitungstätigkeiten (Art. 30)',
            lb: 'En aktuellt Register vun de Veraarbechtungsaktivitéiten (Art. 30)',
          },
        },
        {
          id: 'notices',
          label: {
            en: 'Privacy notices for clients, staff and website visitors',
            fr: 'Des informations sur la protection des données pour les clients, le personnel et les visiteurs du site',
            de: 'Datenschutzhinweise für Kunden, Beschäftigte und Website-Besucher',
            lb: 'Dateschutzinformatioune fir Clienten, Personal a Visiteure vun der Websäit',
          },
        },
        {
          id: 'processors',
          weight: 2,
          label: {
            en: 'Data processing agreements signed with IT, cloud and AI providers (art. 28)',
            fr: 'Des contrats de sous-traitance signés avec les prestataires informatiques, cloud et IA (art. 28)',
            de: 'Auftragsverarbeitungsverträge mit IT-, Cloud- und KI-Anbietern unterzeichnet (Art. 28)',
            lb: 'Sous-traitance-Kontrakter mat IT-, Cloud- a KI-Fournisseuren ënnerschriwwen (Art. 28)',
          },
        },
        {
          id: 'dpo',
          label: {
            en: 'A named person in charge of data protection (a DPO where required)',
            fr: 'Une personne désignée en charge de la protection des données (un DPO lorsque c’est obligatoire)',
            de: 'Eine benannte Person für Datenschutz (ein Datenschutzbeauftragter, wo vorgeschrieben)',
            lb: 'Eng benannt Persoun, déi fir den Dateschutz zoustänneg ass (en DPO, wou et virgeschriwwen ass)',
          },
        },
        {
          id: 'rights',
          label: {
            en: 'A procedure to answer access and erasure requests within one month',
            fr: 'Une procédure pour répondre aux demandes d’accès et d’effacement dans un délai d’un mois',
            de: 'Ein Verfahren, um Auskunfts- und Löschanfragen innerhalb eines Monats zu beantworten',
            lb: 'Eng Prozedur, fir Ufroen op Auskunft a Läsche bannent engem Mount ze beäntweren',
          },
        },
        {
          id: 'breach',
          label: {
            en: 'A procedure to report personal data breaches to the CNPD within 72 hours',
            fr: 'Une procédure pour notifier les violations de données personnelles à la CNPD dans les 72 heures',
            de: 'Ein Verfahren, um Verletzungen des Schutzes personenbezogener Daten binnen 72 Stunden an die CNPD zu melden',
            lb: 'Eng Prozedur, fir Verletzunge vum Dateschutz bannent 72 Stonnen der CNPD ze mellen',
          },
        },
        {
          id: 'dpia',
          label: {
            en: 'Impact assessments (DPIA) for risky processing, e.g. a new AI tool working on personal data',
            fr: 'Des analyses d’impact (AIPD) pour les traitements à risque, p. ex. un nouvel outil d’IA sur des données personnelles',
            de: 'Folgenabschätzungen (DSFA) für riskante Verarbeitungen, z. B. ein neues KI-Werkzeug mit personenbezogenen Daten',
            lb: 'Folgenofschätzungen (DPIA) fir riskant Veraarbechtungen, z. B. en neie KI-Tool mat perséinlechen Daten',
          },
        },
        {
          id: 'ai_inputs',
          label: {
            en: 'A rule that personal data is not entered into public AI tools',
            fr: 'Une règle interdisant de saisir des données personnelles dans des outils d’IA publics',
            de: 'Eine Regel, dass keine personenbezogenen Daten in öffentliche KI-Werkzeuge eingegeben werden',
            lb: 'Eng Reegel, datt keng perséinlech Daten an ëffentlech KI-Tools agi ginn',
          },
        },
      ],
    },
  },
  {
    id: 'responsible.oversight',
    dimensionId: 'responsible',
    weight: 2,
    sourceIds: ['altai', 'ai_act'],
    question: {
      en: 'When AI prepares a decision or a reply to a client, how is human control organised?',
      fr: 'Quand l’IA prépare une décision ou une réponse à un client, comment le contrôle humain est-il organisé ?',
      de: 'Wenn KI eine Entscheidung oder eine Kundenantwort vorbereitet, wie ist die menschliche Kontrolle organisiert?',
      lb: 'Wa KI eng Decisioun oder eng Äntwert un e Client virbereet, wéi ass déi mënschlech Kontroll organiséiert?',
    },
    help: {
      en: 'The first ALTAI requirement is human agency and oversight: a person must be able to understand, check and overrule the AI.',
      fr: 'La première exigence d’ALTAI est l’action et le contrôle humains : une personne doit pouvoir comprendre, vérifier et contredire l’IA.',
      de: 'Die erste ALTAI-Anforderung ist menschliches Handeln und menschliche Aufsicht: Eine Person muss die KI verstehen, prüfen und überstimmen können.',
      lb: 'Déi éischt ALTAI-Ufuerderung ass mënschlecht Handelen a mënschlech Kontroll: Eng Persoun muss d’KI verstoen, kontrolléieren an iwwerstëmme kënnen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'AI outputs are used as they come; nobody is expected to check them.',
          fr: 'Les résultats de l’IA sont utilisés tels quels ; personne n’est censé les vérifier.',
          de: 'KI-Ergebnisse werden so verwendet, wie sie kommen; niemand soll sie prüfen.',
          lb: 'D’Resultater vun der KI gi benotzt, sou wéi se kommen; et ass net virgesinn, datt ee se kontrolléiert.',
        },
        {
          en: 'Users check AI outputs when they have time or when something looks odd.',
          fr: 'Les utilisateurs vérifient les résultats quand ils ont le temps ou quand quelque chose paraît bizarre.',
          de: 'Nutzer prüfen KI-Ergebnisse, wenn sie Zeit haben oder etwas seltsam aussieht.',
          lb: 'D’Benotzer kontrolléieren d’Resultater, wa se Zäit hunn oder wann eppes komesch ausgesäit.',
        },
        {
          en: 'It is agreed informally that a person reviews AI outputs before they reach a client, but this is not recorded.',
          fr: 'Il est convenu oralement qu’une personne relit les résultats avant qu’ils n’arrivent au client, sans que ce soit consigné.',
          de: 'Mündlich ist vereinbart, dass eine Person KI-Ergebnisse vor dem Versand an Kunden durchsieht, festgehalten wird das aber nicht.',
          lb: 'Et ass mëndlech ofgemaach, datt eng Persoun d’Resultater nokuckt, ier se bei e Client ginn, mä dat gëtt net festgehalen.',
        },
        {
          en: 'For each AI use, a written rule says who checks what before results are used, and staff may overrule the AI.',
          fr: 'Pour chaque usage de l’IA, une règle écrite précise qui vérifie quoi avant l’utilisation des résultats, et le personnel peut passer outre l’IA.',
          de: 'Für jede KI-Anwendung legt eine schriftliche Regel fest, wer was vor der Verwendung prüft, und Mitarbeitende dürfen die KI überstimmen.',
          lb: 'Fir all KI-Uwendung seet eng schrëftlech Reegel, wie wat kontrolléiert, ier d’Resultater benotzt ginn, an d’Personal däerf d’KI iwwerstëmmen.',
        },
        {
          en: 'Checks are recorded, overrides are analysed to improve the tool, and clients are told when and how AI is involved.',
          fr: 'Les vérifications sont consignées, les corrections humaines analysées pour améliorer l’outil, et les clients savent quand et comment l’IA intervient.',
          de: 'Prüfungen werden dokumentiert, Korrekturen ausgewertet, um das Werkzeug zu verbessern, und Kunden wissen, wann und wie KI beteiligt ist.',
          lb: 'D’Kontrolle ginn dokumentéiert, d’Korrekturen ausgewäert, fir den Tool ze verbesseren, an d’Cliente wëssen, wéini a wéi KI am Spill ass.',
        },
        {
          en: 'Oversight is designed into each process from the start and tested; the level of control matches the risk of each use.',
          fr: 'Le contrôle humain est conçu dans chaque processus dès le départ et testé ; son niveau est proportionné au risque de chaque usage.',
          de: 'Die Aufsicht ist von Anfang an in jeden Prozess eingebaut und getestet; ihr Umfang richtet sich nach dem Risiko der Anwendung.',
          lb: 'D’Kontroll ass vun Ufank un an all Prozess agebaut a getest; hiren Ëmfang riicht sech nom Risiko vun der Uwendung.',
        },
      ],
    },
  },
  {
    id: 'responsible.policy',
    dimensionId: 'responsible',
    weight: 1,
    sourceIds: ['altai', 'mitre'],
    question: {
      en: 'Does the company have a policy for the use of AI?',
      fr: 'L’entreprise a-t-elle une charte d’utilisation de l’IA ?',
      de: 'Hat das Unternehmen eine Richtlinie zur Nutzung von KI?',
      lb: 'Huet de Betrib eng Richtlinn fir d’Notzung vu KI?',
    },
    help: {
      en: 'A one-page policy tells staff which tools are allowed, what data must stay inside and whom to ask; it prevents most incidents.',
      fr: 'Une charte d’une page indique au personnel les outils autorisés, les données qui ne doivent pas sortir et à qui s’adresser ; elle évite la plupart des incidents.',
      de: 'Eine einseitige Richtlinie sagt den Mitarbeitenden, welche Werkzeuge erlaubt sind, welche Daten im Haus bleiben müssen und wen sie fragen können; sie verhindert die meisten Vorfälle.',
      lb: 'Eng Richtlinn vun enger Säit seet dem Personal, wéi eng Tools erlaabt sinn, wéi eng Daten am Haus musse bleiwen a wien ee ka froen; domat gi déi meescht Incidenter vermeit.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'No rules; everyone uses whichever AI tool they like with whatever data.',
          fr: 'Aucune règle ; chacun utilise l’outil d’IA qu’il veut avec les données qu’il veut.',
          de: 'Keine Regeln; jeder nutzt das KI-Werkzeug seiner Wahl mit beliebigen Daten.',
          lb: 'Keng Reegelen; jidderee benotzt de KI-Tool, deen e wëll, mat egal wéi enge Daten.',
        },
        {
          en: 'Rules are given orally after a problem (“don’t paste client files into a chatbot”).',
          fr: 'Des consignes sont données oralement après un problème (« ne collez pas de dossiers clients dans un chatbot »).',
          de: 'Regeln werden nach einem Problem mündlich ausgegeben („keine Kundenakten in einen Chatbot kopieren“).',
          lb: 'Reegele gi no engem Problem mëndlech matgedeelt („keng Clientsdossieren an e Chatbot kopéieren“).',
        },
        {
          en: 'An email or note lists the allowed tools, but it is incomplete and not everyone knows it.',
          fr: 'Un e-mail ou une note liste les outils autorisés, mais il est incomplet et pas connu de tous.',
          de: 'Eine E-Mail oder Notiz listet erlaubte Werkzeuge auf, ist aber unvollständig und nicht allen bekannt.',
          lb: 'Eng E-Mail oder eng Notiz lëscht déi erlaabt Tools op, mä se ass net komplett an net jidderengem bekannt.',
        },
        {
          en: 'A written AI policy covers allowed tools, forbidden data, checking of outputs and responsibilities; staff have acknowledged it in writing.',
          fr: 'Une charte IA écrite couvre les outils autorisés, les données interdites, la vérification des résultats et les responsabilités ; le personnel en a pris connaissance par écrit.',
          de: 'Eine schriftliche KI-Richtlinie regelt erlaubte Werkzeuge, verbotene Daten, die Prüfung der Ergebnisse und Zuständigkeiten; die Belegschaft hat sie schriftlich zur Kenntnis genommen.',
          lb: 'Eng schrëftlech KI-Richtlinn reegelt erlaabt Tools, verbueden Daten, d’Kontroll vun de Resultater an d’Zoustännegkeeten; d’Personal huet se ënnerschriwwen.',
        },
        {
          en: 'The policy is reviewed at least once a year, compliance is checked, and it is part of onboarding.',
          fr: 'La charte est revue au moins une fois par an, son respect est contrôlé et elle fait partie de l’accueil des nouveaux arrivants.',
          de: 'Die Richtlinie wird mindestens jährlich überprüft, ihre Einhaltung kontrolliert, und sie ist Teil der Einarbeitung.',
          lb: 'D’Richtlinn gëtt mindestens eemol am Joer iwwerpréift, hir Anhale gëtt kontrolléiert, a si ass Deel vun der Aféierung vun neie Mataarbechter.',
        },
        {
          en: 'The policy is part of an AI governance framework (roles, risk review, incident handling) aligned with ALTAI and the AI Act.',
          fr: 'La charte s’inscrit dans un cadre de gouvernance de l’IA (rôles, revue des risques, gestion des incidents) aligné sur ALTAI et l’AI Act.',
          de: 'Die Richtlinie ist Teil eines KI-Governance-Rahmens (Rollen, Risikoprüfung, Umgang mit Vorfällen), abgestimmt auf ALTAI und den AI Act.',
          lb: 'D’Richtlinn ass Deel vun engem KI-Governance-Kader (Rollen, Risikoiwwerpréiwung, Ëmgang mat Incidenter), ofgestëmmt op ALTAI an den AI Act.',
        },
      ],
    },
  },
  {
    id: 'responsible.fairness',
    dimensionId: 'responsible',
    weight: 1,
    sourceIds: ['altai'],
    question: {
      en: 'How do you check that AI results are fair, explainable and robust?',
      fr: 'Comment vérifiez-vous que les résultats de l’IA sont équitables, explicables et robustes ?',
      de: 'Wie prüfen Sie, ob KI-Ergebnisse fair, nachvollziehbar und robust sind?',
      lb: 'Wéi kontrolléiert Dir, ob d’Resultater vun der KI fair, erklärbar a robust sinn?',
    },
    help: {
      en: 'ALTAI asks for transparency, non-discrimination and technical robustness: an AI used on people (hiring, clients, pricing) must not put groups at an unfair disadvantage.',
      fr: 'ALTAI demande transparence, non-discrimination et robustesse technique : une IA appliquée à des personnes (recrutement, clients, tarifs) ne doit pas désavantager injustement certains groupes.',
      de: 'ALTAI verlangt Transparenz, Nichtdiskriminierung und technische Robustheit: Eine KI, die Menschen betrifft (Einstellung, Kunden, Preise), darf Gruppen nicht unfair benachteiligen.',
      lb: 'ALTAI verlaangt Transparenz, Net-Diskriminéierung an technesch Robustheet: Eng KI, déi Mënsche betrëfft (Recrutement, Clienten, Präisser), däerf keng Gruppen ongerecht benodeelegen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'The question of bias or systematic errors in AI results has never come up.',
          fr: 'La question des biais ou des erreurs systématiques de l’IA ne s’est jamais posée.',
          de: 'Die Frage nach Verzerrungen oder systematischen Fehlern in KI-Ergebnissen kam nie auf.',
          lb: 'D’Fro vu Biaisen oder systematesche Feeler an de Resultater vun der KI ass ni opkomm.',
        },
        {
          en: 'People know AI can be biased, but nothing is checked.',
          fr: 'On sait que l’IA peut être biaisée, mais rien n’est vérifié.',
          de: 'Man weiß, dass KI voreingenommen sein kann, geprüft wird aber nichts.',
          lb: 'Et ass bekannt, datt KI Viruerteeler hu kann, mä näischt gëtt kontrolléiert.',
        },
        {
          en: 'Results are occasionally looked at for obvious errors or unfair outcomes, without a method.',
          fr: 'Les résultats sont parfois examinés pour repérer des erreurs évidentes ou des résultats injustes, sans méthode.',
          de: 'Ergebnisse werden gelegentlich auf offensichtliche Fehler oder unfaire Resultate angeschaut, ohne Methode.',
          lb: 'D’Resultater gi heiansdo op evident Feeler oder ongerecht Resultater gekuckt, ouni Method.',
        },
        {
          en: 'Before an AI tool is used on people or important decisions, the vendor is asked about training data, limits and tests, and results are checked on sample cases.',
          fr: 'Avant d’utiliser un outil d’IA sur des personnes ou des décisions importantes, on interroge le fournisseur sur les données d’entraînement, les limites et les tests, et on vérifie les résultats sur des cas types.',
          de: 'Bevor ein KI-Werkzeug für Menschen oder wichtige Entscheidungen eingesetzt wird, wird der Anbieter nach Trainingsdaten, Grenzen und Tests gefragt, und Ergebnisse werden an Beispielfällen geprüft.',
          lb: 'Ier e KI-Tool fir Leit oder wichteg Decisiounen agesat gëtt, gëtt de Fournisseur no Trainingsdaten, Grenzen an Tester gefrot, an d’Resultater gi mat Beispillfäll kontrolléiert.',
        },
        {
          en: 'Error rates and fairness are tested regularly on the company’s own data, and explanations are available to the people affected.',
          fr: 'Les taux d’erreur et l’équité sont testés régulièrement sur les propres données de l’entreprise, et des explications sont disponibles pour les personnes concernées.',
          de: 'Fehlerquoten und Fairness werden regelmäßig mit eigenen Daten getestet, und Betroffene können Erklärungen erhalten.',
          lb: 'Feelerquoten a Fairness gi regelméisseg mat den eegenen Date getest, an déi betraffe Leit kënnen Erklärunge kréien.',
        },
        {
          en: 'Fairness, transparency and robustness checks are a routine, documented step of every AI project, with an outside review when needed.',
          fr: 'Les contrôles d’équité, de transparence et de robustesse sont une étape systématique et documentée de chaque projet d’IA, avec un regard externe si nécessaire.',
          de: 'Prüfungen auf Fairness, Transparenz und Robustheit sind fester, dokumentierter Schritt jedes KI-Projekts, bei Bedarf mit externer Begutachtung.',
          lb: 'Kontrolle vu Fairness, Transparenz a Robustheet sinn e feste, dokumentéierte Schrëtt vun all KI-Projet, wann néideg mat engem Bléck vu bausse.',
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Green & sustainable AI
// ---------------------------------------------------------------------------------------------
const GREEN: readonly Item[] = [
  {
    id: 'green.measurement',
    dimensionId: 'green',
    weight: 2,
    sourceIds: ['dma', 'altai'],
    question: {
      en: 'What do you measure about the environmental footprint of your IT and AI?',
      fr: 'Que mesurez-vous de l’empreinte environnementale de votre informatique et de votre IA ?',
      de: 'Was messen Sie vom ökologischen Fußabdruck Ihrer IT und KI?',
      lb: 'Wat moosst Dir vum Ëmweltofdrock vun Ärer IT a KI?',
    },
    help: {
      en: 'You can only reduce what you measure: electricity, equipment lifetime and the footprint of cloud and AI services.',
      fr: 'On ne réduit que ce que l’on mesure : électricité, durée de vie du matériel et empreinte des services cloud et IA.',
      de: 'Reduzieren lässt sich nur, was gemessen wird: Strom, Lebensdauer der Geräte und der Fußabdruck von Cloud- und KI-Diensten.',
      lb: 'Reduzéiere kann ee just dat, wat ee moosst: Stroum, Liewensdauer vun de Geräter an den Ofdrock vu Cloud- a KI-Servicer.',
    },
    format: {
      kind: 'checklist',
      options: [
        {
          id: 'electricity',
          label: {
            en: 'Electricity use of IT (servers, computers, network) is known',
            fr: 'La consommation électrique de l’informatique (serveurs, ordinateurs, réseau) est connue',
            de: 'Der Stromverbrauch der IT (Server, Rechner, Netzwerk) ist bekannt',
            lb: 'De Stroumverbrauch vun der IT (Serveren, Computeren, Netzwierk) ass bekannt',
          },
        },
        {
          id: 'assets',
          label: {
            en: 'An inventory of IT equipment with purchase dates and expected lifetime',
            fr: 'Un inventaire du matériel informatique avec dates d’achat et durée de vie prévue',
            de: 'Ein Verzeichnis der IT-Geräte mit Kaufdatum und erwarteter Lebensdauer',
            lb: 'En Inventaire vum IT-Material mat Kafdatum an erwaarter Liewensdauer',
          },
        },
        {
          id: 'providers',
          label: {
            en: 'Energy or carbon reports from cloud and AI providers are collected',
            fr: 'Les rapports énergie ou carbone des fournisseurs cloud et IA sont collectés',
            de: 'Energie- oder CO2-Berichte der Cloud- und KI-Anbieter werden gesammelt',
            lb: 'Energie- oder CO2-Rapporte vun de Cloud- a KI-Fournisseure gi gesammelt',
          },
        },
        {
          id: 'ai_estimate',
          weight: 2,
          label: {
            en: 'Energy and CO2e of AI workloads (training, heavy use) are estimated before a project starts',
            fr: 'L’énergie et le CO2e des traitements d’IA (entraînement, usage intensif) sont estimés avant le début d’un projet',
            de: 'Energie und CO2e von KI-Arbeitslasten (Training, intensive Nutzung) werden vor Projektbeginn geschätzt',
            lb: 'Energie an CO2e vu KI-Aarbechten (Training, intensiv Notzung) gi geschat, ier e Projet ufänkt',
          },
        },
        {
          id: 'reporting',
          label: {
            en: 'IT is included in a carbon footprint, CSR or ESG report',
            fr: 'L’informatique est incluse dans un bilan carbone ou un rapport RSE/ESG',
            de: 'Die IT ist in einer CO2-Bilanz oder einem Nachhaltigkeits- bzw. ESG-Bericht enthalten',
            lb: 'D’IT ass an enger CO2-Bilan oder an engem RSE- oder ESG-Rapport mat dran',
          },
        },
        {
          id: 'targets',
          label: {
            en: 'Reduction targets for IT energy or electronic waste are set',
            fr: 'Des objectifs de réduction pour l’énergie informatique ou les déchets électroniques sont fixés',
            de: 'Reduktionsziele für IT-Energie oder Elektroschrott sind festgelegt',
            lb: 'Et gi Reduktiounsziler fir d’Energie vun der IT oder fir den Elektronikoffall',
          },
        },
      ],
    },
  },
  {
    id: 'green.efficiency',
    dimensionId: 'green',
    weight: 2,
    sourceIds: ['dma'],
    question: {
      en: 'How do you keep the energy and resource use of your digital tools and AI in check?',
      fr: 'Comment maîtrisez-vous la consommation d’énergie et de ressources de vos outils numériques et de l’IA ?',
      de: 'Wie halten Sie den Energie- und Ressourcenverbrauch Ihrer digitalen Werkzeuge und KI im Rahmen?',
      lb: 'Wéi haalt Dir den Energie- a Ressourceverbrauch vun Ären digitalen Tools a KI am Grëff?',
    },
    help: {
      en: 'Choosing a right-sized model, switching off idle machines and keeping devices longer lowers both costs and emissions.',
      fr: 'Choisir un modèle à la bonne taille, éteindre les machines inutilisées et garder le matériel plus longtemps réduit à la fois les coûts et les émissions.',
      de: 'Ein passend dimensioniertes Modell, das Abschalten ungenutzter Maschinen und die längere Nutzung der Geräte senken Kosten und Emissionen zugleich.',
      lb: 'E Modell an der richteger Gréisst, Maschinnen ausschalten, déi näischt maachen, an Apparater méi laang benotzen: Dat senkt Käschten an Emissiounen zugläich.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Energy use of IT is never considered; machines run day and night.',
          fr: 'La consommation d’énergie de l’informatique n’est jamais prise en compte ; les machines tournent jour et nuit.',
          de: 'Der Energieverbrauch der IT spielt keine Rolle; Geräte laufen Tag und Nacht.',
          lb: 'Den Energieverbrauch vun der IT spillt keng Roll; d’Maschinne lafen Dag an Nuecht.',
        },
        {
          en: 'Some habits exist (switching off computers, printing less), depending on the person.',
          fr: 'Quelques habitudes existent (éteindre les ordinateurs, moins imprimer), selon les personnes.',
          de: 'Es gibt einige Gewohnheiten (Rechner abschalten, weniger drucken), je nach Person.',
          lb: 'Et gëtt e puer Gewunnechten (Computeren ausschalten, manner drécken), jee no Persoun.',
        },
        {
          en: 'Simple rules apply company-wide (automatic standby, double-sided printing), but not to servers, cloud or AI use.',
          fr: 'Des règles simples s’appliquent à toute l’entreprise (mise en veille automatique, impression recto verso), mais pas aux serveurs, au cloud ni à l’IA.',
          de: 'Einfache Regeln gelten im ganzen Unternehmen (automatischer Standby, beidseitiger Druck), aber nicht für Server, Cloud oder KI-Nutzung.',
          lb: 'Einfach Reegele gëllen am ganze Betrib (automatesche Standby, recto-verso drécken), mä net fir Serveren, Cloud oder KI.',
        },
        {
          en: 'Efficiency is a criterion in IT and AI choices: e.g. a smaller model when it is good enough, unused cloud resources switched off.',
          fr: 'L’efficacité est un critère des choix informatiques et IA : p. ex. un modèle plus petit quand il suffit, ressources cloud inutilisées éteintes.',
          de: 'Effizienz ist ein Kriterium bei IT- und KI-Entscheidungen: z. B. ein kleineres Modell, wenn es ausreicht, ungenutzte Cloud-Ressourcen abgeschaltet.',
          lb: 'Effizienz ass e Critère bei IT- a KI-Choixen: z. B. e méi klengt Modell, wann et duergeet, an ongenotzt Cloud-Ressourcen ausgeschalt.',
        },
        {
          en: 'Energy use of the main IT and AI workloads is tracked and reduced against targets (e.g. heavy jobs scheduled, low-carbon hosting).',
          fr: 'La consommation des principales charges informatiques et IA est suivie et réduite selon des objectifs (p. ex. calculs lourds planifiés, hébergement bas carbone).',
          de: 'Der Energieverbrauch der wichtigsten IT- und KI-Lasten wird verfolgt und gegen Ziele gesenkt (z. B. geplante Rechenjobs, CO2-armes Hosting).',
          lb: 'Den Energieverbrauch vun de wichtegsten IT- a KI-Aarbechte gëtt nogehalen a géint Ziler reduzéiert (z. B. geplangt Rechenjobs, Hosting mat wéineg CO2).',
        },
        {
          en: 'Efficiency is optimised continuously across hardware, software and AI models, and results are reported to clients.',
          fr: 'L’efficacité est optimisée en continu sur le matériel, les logiciels et les modèles d’IA, et les résultats sont communiqués aux clients.',
          de: 'Effizienz wird laufend über Hardware, Software und KI-Modelle optimiert, und die Ergebnisse werden Kunden berichtet.',
          lb: 'D’Effizienz gëtt permanent bei Hardware, Software a KI-Modeller optimiséiert, an d’Resultater gi mat de Cliente gedeelt.',
        },
      ],
    },
  },
  {
    id: 'green.use_cases',
    dimensionId: 'green',
    weight: 1,
    sourceIds: ['dma', 'altai'],
    question: {
      en: 'Do you use digital tools or AI to reduce your company’s environmental impact?',
      fr: 'Utilisez-vous des outils numériques ou l’IA pour réduire l’impact environnemental de votre entreprise ?',
      de: 'Nutzen Sie digitale Werkzeuge oder KI, um die Umweltbelastung Ihres Unternehmens zu verringern?',
      lb: 'Benotzt Dir digital Tools oder KI, fir d’Ëmweltbelaaschtung vun Ärem Betrib ze reduzéieren?',
    },
    help: {
      en: 'AI can cut waste, fuel and energy (route planning, predictive maintenance, demand forecasts), often with a quick payback and access to green funding.',
      fr: 'L’IA peut réduire déchets, carburant et énergie (planification des tournées, maintenance prédictive, prévision de la demande), souvent avec un retour rapide et un accès aux aides « vertes ».',
      de: 'KI kann Abfall, Treibstoff und Energie einsparen (Tourenplanung, vorausschauende Wartung, Nachfrageprognosen), oft mit schneller Amortisation und Zugang zu Umweltförderungen.',
      lb: 'KI ka Offall, Brennstoff an Energie aspueren (Tourplanung, virausschauend Maintenance, Prognose vun der Nofro), dacks mat séierer Rentabilitéit an Zougang zu Ëmweltfërderungen.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Environmental gains from digital tools have never been considered.',
          fr: 'Les gains environnementaux du numérique n’ont jamais été envisagés.',
          de: 'Umweltgewinne durch digitale Werkzeuge wurden nie in Betracht gezogen.',
          lb: 'Un Ëmweltgewënner duerch digital Tools gouf nach ni geduecht.',
        },
        {
          en: 'Ideas exist (e.g. fewer empty truck runs), but nothing has been done.',
          fr: 'Des idées existent (p. ex. moins de trajets à vide), mais rien n’a été fait.',
          de: 'Ideen gibt es (z. B. weniger Leerfahrten), umgesetzt wurde aber nichts.',
          lb: 'Et gëtt Iddien (z. B. manner Eidelfaarten), mä et ass näischt gemaach ginn.',
        },
        {
          en: 'One measure uses digital tools for sustainability (e.g. smart heating control, digital delivery notes instead of paper).',
          fr: 'Une mesure utilise le numérique pour la durabilité (p. ex. régulation intelligente du chauffage, bons de livraison numériques au lieu du papier).',
          de: 'Eine Maßnahme nutzt Digitales für Nachhaltigkeit (z. B. intelligente Heizungssteuerung, digitale Lieferscheine statt Papier).',
          lb: 'Eng Moossnam notzt Digitales fir Nohaltegkeet (z. B. intelligent Heizungssteierung, digital Liwwerschäiner amplaz Pabeier).',
        },
        {
          en: 'A digital or AI solution reduces a measured environmental impact (e.g. route optimisation cutting fuel, forecasts cutting food waste).',
          fr: 'Une solution numérique ou d’IA réduit un impact environnemental mesuré (p. ex. optimisation des tournées qui réduit le carburant, prévisions qui réduisent le gaspillage alimentaire).',
          de: 'Eine Digital- oder KI-Lösung senkt eine gemessene Umweltbelastung (z. B. Tourenoptimierung spart Treibstoff, Prognosen verringern Lebensmittelabfälle).',
          lb: 'Eng Digital- oder KI-Léisung reduzéiert eng gemoossen Ëmweltbelaaschtung (z. B. Touroptimiséierung spuert Brennstoff, Prognose reduzéieren d’Liewensmëttelverschwendung).',
        },
        {
          en: 'Several such solutions run, with savings tracked in kWh, litres or tonnes of CO2e.',
          fr: 'Plusieurs solutions de ce type fonctionnent, avec des économies suivies en kWh, litres ou tonnes de CO2e.',
          de: 'Mehrere solche Lösungen laufen, die Einsparungen werden in kWh, Litern oder Tonnen CO2e verfolgt.',
          lb: 'E puer esou Léisunge lafen, an d’Erspuernisser gi a kWh, Liter oder Tonnen CO2e nogehalen.',
        },
        {
          en: 'Sustainability is a goal of the AI roadmap, and the company helps clients or suppliers cut their footprint with data and AI.',
          fr: 'La durabilité est un objectif de la feuille de route IA, et l’entreprise aide clients ou fournisseurs à réduire leur empreinte grâce aux données et à l’IA.',
          de: 'Nachhaltigkeit ist ein Ziel der KI-Roadmap, und das Unternehmen hilft Kunden oder Lieferanten, ihren Fußabdruck mit Daten und KI zu verkleinern.',
          lb: 'Nohaltegkeet ass en Zil vun der KI-Roadmap, an de Betrib hëlleft Clienten oder Fournisseuren, hiren Ofdrock mat Daten a KI ze reduzéieren.',
        },
      ],
    },
  },
  {
    id: 'green.procurement',
    dimensionId: 'green',
    weight: 1,
    sourceIds: ['dma'],
    question: {
      en: 'Do environmental criteria count when you buy IT equipment and digital services?',
      fr: 'Les critères environnementaux comptent-ils lorsque vous achetez du matériel informatique et des services numériques ?',
      de: 'Spielen Umweltkriterien eine Rolle, wenn Sie IT-Geräte und digitale Dienste kaufen?',
      lb: 'Spillen Ëmweltkritäre eng Roll, wann Dir IT-Material an digital Servicer kaaft?',
    },
    // Manufacturing dominates the footprint of end-user devices: ADEME–Arcep, "Évaluation de
    // l'impact environnemental du numérique en France" (2022). Hence "often", not a figure.
    help: {
      en: 'Manufacturing the devices is often the largest part of a small company’s IT footprint; durable or refurbished equipment and green hosting make a real difference.',
      fr: 'La fabrication des appareils représente souvent la plus grande part de l’empreinte informatique d’une petite entreprise ; matériel durable ou reconditionné et hébergement vert font une vraie différence.',
      de: 'Die Herstellung der Geräte ist oft der größte Teil des IT-Fußabdrucks eines kleinen Unternehmens; langlebige oder generalüberholte Geräte und grünes Hosting machen einen echten Unterschied.',
      lb: 'D’Hierstelle vun den Apparater ass dacks de gréissten Deel vum IT-Ofdrock vun engem klenge Betrib; robust oder reconditionéiert Material a gréngen Hosting maachen e richtegen Ënnerscheed.',
    },
    format: {
      kind: 'scale',
      levels: [
        {
          en: 'Only price counts; old equipment is thrown away or piles up in a storeroom.',
          fr: 'Seul le prix compte ; le vieux matériel est jeté ou s’entasse dans un débarras.',
          de: 'Nur der Preis zählt; Altgeräte werden weggeworfen oder stapeln sich im Abstellraum.',
          lb: 'Nëmmen de Präis zielt; aalt Material gëtt fortgehäit oder stapelt sech an enger Rumpelkummer.',
        },
        {
          en: 'Old equipment goes back to the seller or to a recycling centre (e.g. SuperDrecksKëscht), but buying is on price alone.',
          fr: 'Le vieux matériel est repris par le vendeur ou déposé dans un centre de recyclage (p. ex. SuperDrecksKëscht), mais l’achat se fait uniquement sur le prix.',
          de: 'Altgeräte gehen an den Händler zurück oder zu einem Recyclingzentrum (z. B. SuperDrecksKëscht), gekauft wird aber nur nach Preis.',
          lb: 'Aalt Material geet zréck bei de Verkeefer oder an e Recyclingszenter (z. B. SuperDrecksKëscht), mä kaaft gëtt just nom Präis.',
        },
        {
          en: 'Durability or energy labels are sometimes considered, at the buyer’s discretion.',
          fr: 'La durabilité ou les labels énergétiques sont parfois pris en compte, au choix de l’acheteur.',
          de: 'Langlebigkeit oder Energielabels werden manchmal berücksichtigt, je nach Käufer.',
          lb: 'Haltbarkeet oder Energielabele gi heiansdo berécksiichtegt, jee nodeem, wien akeeft.',
        },
        {
          en: 'Written purchasing criteria include energy labels, repairability, warranty length and refurbished options; equipment is kept longer.',
          fr: 'Des critères d’achat écrits incluent labels énergétiques, réparabilité, durée de garantie et options reconditionnées ; le matériel est gardé plus longtemps.',
          de: 'Schriftliche Einkaufskriterien umfassen Energielabels, Reparierbarkeit, Garantiedauer und generalüberholte Optionen; Geräte werden länger genutzt.',
          lb: 'Schrëftlech Akafskritären enthalen Energielabelen, Reparabilitéit, Garantiedauer a reconditionéiert Optiounen; d’Material gëtt méi laang benotzt.',
        },
        {
          en: 'Suppliers and cloud or AI providers are asked about their energy sources and emissions, and the answers influence the choice.',
          fr: 'Les fournisseurs et prestataires cloud ou IA sont interrogés sur leurs sources d’énergie et leurs émissions, et les réponses pèsent dans le choix.',
          de: 'Lieferanten sowie Cloud- oder KI-Anbieter werden nach Energiequellen und Emissionen gefragt, und die Antworten beeinflussen die Auswahl.',
          lb: 'Fournisseuren a Cloud- oder KI-Prestataire gi no hiren Energiequellen an Emissioune gefrot, an d’Äntwerten hunn en Afloss op de Choix.',
        },
        {
          en: 'Equipment is reused, repaired, resold or donated as a rule, and providers with renewable power and transparent reporting are preferred.',
          fr: 'Le matériel est systématiquement réutilisé, réparé, revendu ou donné, et les prestataires à énergie renouvelable et au reporting transparent sont privilégiés.',
          de: 'Geräte werden grundsätzlich wiederverwendet, repariert, weiterverkauft oder gespendet, und Anbieter mit erneuerbarem Strom und transparenter Berichterstattung werden bevorzugt.',
          lb: 'Material gëtt grondsätzlech erëmbenotzt, gefléckt, weiderverkaf oder verschenkt, a Fournisseuren, déi erneierbare Stroum benotzen an transparent berichten, gi bevirzugt.',
        },
      ],
    },
  },
];

export const INSTRUMENT_2026_1: Instrument = {
  version: '2026.1',
  publishedAt: '2026-01-15',
  sources: SOURCES,
  dimensions: DIMENSIONS,
  items: [...STRATEGY, ...FOUNDATIONS, ...PEOPLE, ...DATA, ...AI_USE, ...RESPONSIBLE, ...GREEN],
};
