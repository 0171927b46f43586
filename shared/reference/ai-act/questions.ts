/**
 * EU AI Act (Regulation (EU) 2024/1689) reference data for the triage: the questions asked about an initiative, each option with the provision it triggers (domain.md §4).
 * https://eur-lex.europa.eu/eli/reg/2024/1689/oj — the rules that use it are shared/domain/ai-act.ts.
 */
import type { AiActOption, AiActQuestion } from './types';

const YES_NO = (yesRef: string | null): AiActOption[] => [
  { id: 'yes', ref: yesRef, label: { fr: 'Oui', de: 'Ja', en: 'Yes', lb: 'Jo' } },
  { id: 'no', ref: null, label: { fr: 'Non', de: 'Nein', en: 'No', lb: 'Nee' } },
];

const NONE_OF_THESE: AiActOption = {
  id: 'none',
  ref: null,
  label: { fr: 'Aucun de ces cas', de: 'Nichts davon', en: 'None of these', lb: 'Näischt dovun' },
};

export const AI_ACT_QUESTIONS: readonly AiActQuestion[] = [
  {
    id: 'prohibited_practice',
    kind: 'choice',
    question: {
      fr: "Le système fait-il l'une des choses suivantes ? (AI Act, art. 5 — pratiques interdites)",
      de: 'Tut das System eines der folgenden Dinge? (AI Act, Art. 5 — verbotene Praktiken)',
      en: 'Does the system do any of the following? (AI Act, art. 5 — prohibited practices)',
      lb: 'Mécht de System eng vun dëse Saachen? (AI Act, Art. 5 — verbuede Praktiken)',
    },
    options: [
      {
        id: 'manipulation',
        ref: 'Art. 5(1)(a)',
        label: {
          fr: 'Manipule des personnes par des techniques subliminales, manipulatrices ou trompeuses qui faussent leurs décisions et peuvent causer un préjudice important',
          de: 'Manipuliert Menschen mit unterschwelligen, manipulativen oder täuschenden Techniken, die ihre Entscheidungen verzerren und erheblichen Schaden verursachen können',
          en: 'Manipulates people with subliminal, manipulative or deceptive techniques that distort their decisions and can cause significant harm',
          lb: 'Manipuléiert Mënsche mat ënnerschwellegen, manipulativen oder täuschenden Techniken, déi hir Decisioune verfälschen an e bedeitende Schued verursaache kënnen',
        },
      },
      {
        id: 'exploit_vulnerabilities',
        ref: 'Art. 5(1)(b)',
        label: {
          fr: "Exploite la vulnérabilité de personnes liée à l'âge, au handicap ou à la situation sociale ou économique pour altérer leur comportement de manière préjudiciable",
          de: 'Nutzt die Schutzbedürftigkeit von Menschen aufgrund von Alter, Behinderung oder sozialer oder wirtschaftlicher Lage aus, um ihr Verhalten schädlich zu beeinflussen',
          en: 'Exploits the vulnerability of people due to their age, disability or social or economic situation to distort their behaviour harmfully',
          lb: "Notzt d'Vulnerabilitéit vu Mënsche wéinst hirem Alter, enger Behënnerung oder hirer sozialer oder wirtschaftlecher Situatioun aus, fir hiert Verhalen op eng schiedlech Aart ze beaflossen",
        },
      },
      {
        id: 'social_scoring',
        ref: 'Art. 5(1)(c)',
        label: {
          fr: 'Note des personnes selon leur comportement social ou leurs traits personnels, ce qui entraîne un traitement défavorable injustifié ou sans rapport (notation sociale)',
          de: 'Bewertet Menschen nach ihrem sozialen Verhalten oder persönlichen Merkmalen, was zu ungerechtfertigter oder sachfremder Benachteiligung führt (Social Scoring)',
          en: 'Scores people on their social behaviour or personal traits, leading to unjustified or unrelated detrimental treatment (social scoring)',
          lb: 'Bewäert Mënschen no hirem soziale Verhalen oder hire perséinlechen Eegeschaften, wat zu enger ongerechtfäerdegter oder sachfriemer Benodeelegung féiert (Social Scoring)',
        },
      },
      {
        id: 'crime_risk_profiling',
        ref: 'Art. 5(1)(d)',
        label: {
          fr: "Prédit le risque qu'une personne commette une infraction sur la seule base du profilage ou de traits de personnalité",
          de: 'Sagt das Risiko, dass eine Person eine Straftat begeht, allein auf Grundlage von Profiling oder Persönlichkeitsmerkmalen voraus',
          en: 'Predicts the risk that a person will commit a crime based solely on profiling or personality traits',
          lb: 'Seet de Risiko viraus, datt eng Persoun eng Strofdot begeet, eleng op Basis vu Profiling oder Perséinlechkeetsmerkmaler',
        },
      },
      {
        id: 'facial_scraping',
        ref: 'Art. 5(1)(e)',
        label: {
          fr: "Constitue ou étend une base de reconnaissance faciale par moissonnage non ciblé d'images sur internet ou de vidéosurveillance",
          de: 'Erstellt oder erweitert eine Gesichtserkennungsdatenbank durch ungezieltes Auslesen von Bildern aus dem Internet oder von Überwachungskameras',
          en: 'Builds or expands a facial-recognition database by untargeted scraping of images from the internet or CCTV',
          lb: 'Baut eng Datebank fir Gesiichtserkennung op oder erweidert se, andeems ongezielt Biller aus dem Internet oder vun Iwwerwaachungskameraen ofgegraff ginn',
        },
      },
      {
        id: 'emotion_work_school',
        ref: 'Art. 5(1)(f)',
        label: {
          fr: "Déduit les émotions de personnes sur le lieu de travail ou dans un établissement d'enseignement (sauf raisons médicales ou de sécurité)",
          de: 'Erkennt Emotionen von Menschen am Arbeitsplatz oder in Bildungseinrichtungen (außer aus medizinischen oder Sicherheitsgründen)',
          en: 'Infers the emotions of people at the workplace or in an education institution (except for medical or safety reasons)',
          lb: "Erkennt d'Emotioune vu Mënschen op der Aarbechtsplaz oder an enger Schoul oder Bildungsinstitutioun (ausser aus medezineschen oder Sécherheetsgrënn)",
        },
      },
      {
        id: 'biometric_sensitive_traits',
        ref: 'Art. 5(1)(g)',
        label: {
          fr: "Catégorise des personnes à partir de données biométriques pour en déduire l'origine raciale, les opinions politiques, l'affiliation syndicale, les convictions religieuses ou philosophiques, la vie sexuelle ou l'orientation sexuelle",
          de: 'Kategorisiert Menschen anhand biometrischer Daten, um auf ethnische Herkunft, politische Meinung, Gewerkschaftszugehörigkeit, religiöse oder weltanschauliche Überzeugung, Sexualleben oder sexuelle Orientierung zu schließen',
          en: 'Categorises people by biometric data to infer their race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation',
          lb: 'Kategoriséiert Mënschen op Basis vu biometreschen Donnéeën, fir op hir ethnesch Hierkonft, politesch Meenung, Gewerkschaftsmemberschaft, reliéis oder philosophesch Iwwerzeegung, Sexualliewen oder sexuell Orientéierung ze schléissen',
        },
      },
      {
        id: 'realtime_biometric_id_police',
        ref: 'Art. 5(1)(h)',
        label: {
          fr: 'Identifie des personnes à distance et en temps réel dans des espaces accessibles au public à des fins répressives',
          de: 'Identifiziert Menschen aus der Ferne in Echtzeit in öffentlich zugänglichen Räumen zu Strafverfolgungszwecken',
          en: 'Identifies people remotely in real time in publicly accessible spaces for law enforcement',
          lb: "Identifizéiert Mënschen op Distanz an an Echtzäit op ëffentlech zougängleche Plazen fir d'Strofverfollegung",
        },
      },
      {
        // Added by the Digital Omnibus on AI (applies from 2 Dec 2026). Cited by name, without a letter
        // or a regulation number, until the Official Journal numbering is confirmed.
        id: 'intimate_image_generation',
        ref: 'Art. 5, as amended by the Digital Omnibus on AI',
        citation: {
          fr: "Art. 5, tel que modifié par l'omnibus numérique sur l'IA",
          de: 'Art. 5 in der Fassung des digitalen Omnibus zur KI',
          en: 'Art. 5, as amended by the Digital Omnibus on AI',
          lb: 'Art. 5, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet',
        },
        label: {
          fr: 'Génère des images sexuelles ou intimes de personnes réelles sans leur consentement, ou des contenus pédopornographiques',
          de: 'Erzeugt sexuelle oder intime Bilder realer Personen ohne deren Einwilligung oder Darstellungen sexuellen Kindesmissbrauchs',
          en: 'Generates sexual or intimate images of real people without their consent, or child sexual abuse material',
          lb: 'Generéiert sexuell oder intim Biller vu richtege Mënschen ouni hiert Averständnis, oder Biller vu sexuellem Mëssbrauch vu Kanner',
        },
      },
      NONE_OF_THESE,
    ],
  },
  {
    id: 'product_safety',
    kind: 'yes_no',
    question: {
      fr: "L'IA est-elle un composant de sécurité d'un produit (ou elle-même un produit) relevant de la législation de l'UE citée à l'annexe I — par ex. machines, ascenseurs, jouets, dispositifs médicaux, équipements radio, véhicules — qui doit passer une évaluation de la conformité par un tiers (organisme notifié) ?",
      de: 'Ist die KI eine Sicherheitskomponente eines Produkts (oder selbst ein Produkt), das unter die in Anhang I genannten EU-Rechtsvorschriften fällt — z. B. Maschinen, Aufzüge, Spielzeug, Medizinprodukte, Funkanlagen, Fahrzeuge — und eine Konformitätsbewertung durch Dritte (benannte Stelle) durchlaufen muss?',
      en: 'Is the AI a safety component of a product (or itself a product) covered by the EU laws listed in Annex I — e.g. machinery, lifts, toys, medical devices, radio equipment, vehicles — that must undergo a third-party conformity assessment (notified body)?',
      lb: "Ass d'KI eng Sécherheetskomponent vun engem Produkt (oder selwer e Produkt), dat ënner d'EU-Reegelen aus dem Annex I fält — z. B. Maschinnen, Lëften, Spillsaachen, Medizinprodukter, Funkanlagen, Gefierer — an eng Konformitéitsbewäertung duerch eng Drëttpartei (notifiéiert Stell) muss duerchlafen?",
    },
    options: YES_NO('Art. 6(1)'),
  },
  {
    id: 'annex_iii_area',
    kind: 'choice',
    question: {
      fr: "Le système est-il destiné à l'un de ces usages ? (annexe III — domaines à haut risque)",
      de: 'Ist das System für eine dieser Verwendungen bestimmt? (Anhang III — Hochrisikobereiche)',
      en: 'Is the system intended for one of these uses? (Annex III — high-risk areas)',
      lb: 'Ass de System fir eng vun dësen Notzunge geduecht? (Annex III — Beräicher mat héijem Risiko)',
    },
    options: [
      {
        id: 'remote_biometric_identification',
        ref: 'Annex III, point 1(a)',
        label: {
          fr: "Identification biométrique à distance de personnes (pas la simple vérification qu'une personne est bien celle qu'elle prétend être)",
          de: 'Biometrische Fernidentifizierung von Personen (nicht die bloße Überprüfung, ob jemand die Person ist, die er vorgibt zu sein)',
          en: 'Remote biometric identification of people (not mere verification that someone is who they claim to be)',
          lb: 'Biometresch Identifikatioun vu Mënschen op Distanz (net déi einfach Kontroll, ob een deen ass, deen e seet)',
        },
      },
      {
        id: 'biometric_categorisation',
        ref: 'Annex III, point 1(b)',
        label: {
          fr: 'Catégorisation biométrique de personnes selon des caractéristiques sensibles ou protégées',
          de: 'Biometrische Kategorisierung von Personen nach sensiblen oder geschützten Merkmalen',
          en: 'Biometric categorisation of people by sensitive or protected characteristics',
          lb: 'Biometresch Kategoriséierung vu Mënschen no sensiblen oder geschützte Merkmaler',
        },
      },
      {
        id: 'emotion_recognition',
        ref: 'Annex III, point 1(c)',
        label: {
          fr: 'Reconnaissance des émotions hors travail et enseignement (par ex. de clients)',
          de: 'Emotionserkennung außerhalb von Arbeitsplatz und Bildung (z. B. bei Kunden)',
          en: 'Emotion recognition outside work and education (e.g. of customers)',
          lb: 'Emotiounserkennung ausserhalb vun Aarbecht a Bildung (z. B. bei Clienten)',
        },
      },
      {
        id: 'critical_infrastructure',
        ref: 'Annex III, point 2',
        label: {
          fr: "Composant de sécurité dans la gestion ou l'exploitation d'infrastructures numériques critiques, du trafic routier ou de la fourniture d'eau, de gaz, de chauffage ou d'électricité",
          de: 'Sicherheitskomponente bei Verwaltung oder Betrieb kritischer digitaler Infrastruktur, des Straßenverkehrs oder der Wasser-, Gas-, Wärme- oder Stromversorgung',
          en: 'Safety component in the management or operation of critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity',
          lb: 'Sécherheetskomponent an der Gestioun oder am Bedriff vu kritescher digitaler Infrastruktur, vum Stroossentrafic oder vun der Versuergung mat Waasser, Gas, Hëtzt oder Stroum',
        },
      },
      {
        id: 'education_admission',
        ref: 'Annex III, point 3(a)',
        label: {
          fr: "Décider de l'accès ou de l'admission à l'enseignement ou à la formation professionnelle, ou y affecter des personnes",
          de: 'Entscheidung über Zugang oder Zulassung zu Bildung oder Berufsausbildung oder Zuweisung von Personen dorthin',
          en: 'Deciding on access or admission to education or vocational training, or assigning people to it',
          lb: "Decisioun iwwer den Zougang oder d'Zouloossung zu Bildung oder Beruffsausbildung, oder Zouweisung vu Mënschen dohinner",
        },
      },
      {
        id: 'education_assessment',
        ref: 'Annex III, point 3(b)',
        label: {
          fr: "Évaluer les acquis d'apprentissage, par ex. noter des examens ou orienter le parcours d'un apprenant",
          de: 'Bewertung von Lernergebnissen, z. B. Prüfungen benoten oder den Lernweg steuern',
          en: "Evaluating learning outcomes, e.g. grading exams or steering a learner's path",
          lb: 'Bewäertung vu Léierresultater, z. B. Exame benoten oder de Léierwee stéieren',
        },
      },
      {
        id: 'education_level',
        ref: 'Annex III, point 3(c)',
        label: {
          fr: "Évaluer le niveau d'enseignement qu'une personne recevra ou auquel elle pourra accéder",
          de: 'Einschätzung, welches Bildungsniveau eine Person erhalten oder erreichen kann',
          en: 'Assessing the level of education a person will receive or can access',
          lb: 'Aschätzung, wéi en Niveau vu Bildung eng Persoun kritt oder erreeche kann',
        },
      },
      {
        id: 'education_proctoring',
        ref: 'Annex III, point 3(d)',
        label: {
          fr: 'Surveiller et détecter les comportements interdits des élèves ou étudiants pendant les examens',
          de: 'Überwachung und Erkennung verbotenen Verhaltens von Prüflingen während Prüfungen (Proctoring)',
          en: 'Monitoring and detecting prohibited behaviour of students during tests (proctoring)',
          lb: 'Iwwerwaachung an Erkennung vu verbuedenem Verhale vu Schüler oder Studenten während Examen (Proctoring)',
        },
      },
      {
        id: 'employment_recruitment',
        ref: 'Annex III, point 4(a)',
        label: {
          fr: 'Recrutement ou sélection : annonces ciblées, tri ou filtrage des candidatures, évaluation des candidats',
          de: 'Einstellung oder Auswahl: gezielte Stellenanzeigen, Sichten oder Filtern von Bewerbungen, Bewertung von Bewerbenden',
          en: 'Recruitment or selection: targeted job ads, screening or filtering applications, evaluating candidates',
          lb: 'Recrutement oder Auswiel: geziilt Stellenannoncen, Kandidature sortéieren oder filteren, Kandidate bewäerten',
        },
      },
      {
        id: 'employment_management',
        ref: 'Annex III, point 4(b)',
        label: {
          fr: "Décisions de promotion, de licenciement ou d'attribution des tâches, ou suivi et évaluation des performances et du comportement du personnel",
          de: 'Entscheidungen über Beförderung, Kündigung oder Aufgabenzuweisung oder Überwachung und Bewertung von Leistung und Verhalten der Beschäftigten',
          en: 'Decisions on promotion, termination or task allocation, or monitoring and evaluating staff performance and behaviour',
          lb: 'Decisiounen iwwer Promotioun, Entloossung oder Verdeelung vun Aufgaben, oder Iwwerwaachung a Bewäertung vu Leeschtung a Verhale vum Personal',
        },
      },
      {
        id: 'public_benefits',
        ref: 'Annex III, point 5(a)',
        label: {
          fr: "Autorités publiques évaluant le droit aux prestations et services publics d'assistance",
          de: 'Behörden, die den Anspruch auf öffentliche Unterstützungsleistungen und -dienste prüfen',
          en: 'Public authorities assessing eligibility for public assistance benefits and services',
          lb: 'Ëffentlech Autoritéiten, déi den Uspruch op ëffentlech Ënnerstëtzungsleeschtungen a -servicer préiwen',
        },
      },
      {
        id: 'credit_scoring',
        ref: 'Annex III, point 5(b)',
        label: {
          fr: 'Évaluer la solvabilité ou établir la note de crédit de personnes physiques (hors détection de fraude)',
          de: 'Bewertung der Kreditwürdigkeit oder Bonität natürlicher Personen (nicht Betrugserkennung)',
          en: 'Evaluating the creditworthiness or credit score of natural persons (not fraud detection)',
          lb: 'Bewäertung vun der Kreditwierdegkeet oder vum Kreditscore vu Privatpersounen (net Bedruchserkennung)',
        },
      },
      {
        id: 'life_health_insurance',
        ref: 'Annex III, point 5(c)',
        label: {
          fr: "Évaluation des risques et tarification d'assurances vie ou santé de personnes physiques",
          de: 'Risikobewertung und Preisgestaltung von Lebens- oder Krankenversicherungen für natürliche Personen',
          en: 'Risk assessment and pricing of life or health insurance for natural persons',
          lb: 'Risikobewäertung a Präisfixéierung vu Liewens- oder Krankeversécherunge fir Privatpersounen',
        },
      },
      {
        id: 'emergency_triage',
        ref: 'Annex III, point 5(d)',
        label: {
          fr: "Classer les appels d'urgence, dépêcher les secours ou trier les patients aux urgences",
          de: 'Einstufung von Notrufen, Entsendung von Rettungsdiensten oder Triage von Patienten in der Notfallversorgung',
          en: 'Classifying emergency calls, dispatching emergency services or triaging patients in emergency care',
          lb: 'Noutriff aklasséieren, Rettungsdéngschter schécken oder Patienten an der Noutversuergung triéieren',
        },
      },
      {
        id: 'law_enforcement',
        ref: 'Annex III, point 6',
        label: {
          fr: 'Usage par ou pour les autorités répressives (par ex. évaluer des preuves ou le risque de devenir victime)',
          de: 'Verwendung durch oder für Strafverfolgungsbehörden (z. B. Beweismittel bewerten oder das Risiko, Opfer zu werden)',
          en: 'Use by or for law-enforcement authorities (e.g. assessing evidence or the risk of becoming a victim)',
          lb: "Notzung duerch oder fir d'Strofverfollegungsautoritéiten (z. B. Beweiser bewäerten oder de Risiko, Affer ze ginn)",
        },
      },
      {
        id: 'migration_border',
        ref: 'Annex III, point 7',
        label: {
          fr: 'Migration, asile et contrôle aux frontières (par ex. examen des demandes, évaluation des risques)',
          de: 'Migration, Asyl und Grenzkontrolle (z. B. Prüfung von Anträgen, Risikobewertung)',
          en: 'Migration, asylum and border control (e.g. examining applications, assessing risks)',
          lb: 'Migratioun, Asyl a Grenzkontroll (z. B. Demanden ënnersichen, Risike bewäerten)',
        },
      },
      {
        id: 'justice',
        ref: 'Annex III, point 8(a)',
        label: {
          fr: "Assister une autorité judiciaire ou un mode alternatif de règlement des litiges dans la recherche et l'interprétation des faits et du droit",
          de: 'Unterstützung einer Justizbehörde oder alternativen Streitbeilegung bei Ermittlung und Auslegung von Sachverhalt und Recht',
          en: 'Assisting a judicial authority or alternative dispute resolution in researching and interpreting facts and the law',
          lb: 'Ënnerstëtzung vun enger Justizautoritéit oder vun enger alternativer Streidbeilegung beim Ermëttelen an Ausleeë vu Fakten a Recht',
        },
      },
      {
        id: 'elections',
        ref: 'Annex III, point 8(b)',
        label: {
          fr: "Influencer le résultat d'une élection ou d'un référendum ou le comportement de vote",
          de: 'Beeinflussung des Ergebnisses einer Wahl oder eines Referendums oder des Wahlverhaltens',
          en: "Influencing the outcome of an election or referendum or people's voting behaviour",
          lb: 'Beaflossung vum Resultat vun enger Wal oder engem Referendum oder vum Wahlverhalen',
        },
      },
      NONE_OF_THESE,
    ],
  },
  {
    id: 'annex_iii_derogation',
    kind: 'yes_no',
    question: {
      fr: "Le système se limite-t-il à une tâche procédurale étroite, à améliorer le résultat d'une activité humaine déjà achevée, à détecter des schémas sans remplacer ni influencer l'évaluation humaine, ou à une tâche préparatoire — sans aucun profilage de personnes ? (art. 6(3))",
      de: 'Erfüllt das System nur eine eng begrenzte Verfahrensaufgabe, verbessert es nur das Ergebnis einer abgeschlossenen menschlichen Tätigkeit, erkennt es Muster, ohne die menschliche Bewertung zu ersetzen oder zu beeinflussen, oder erledigt es eine vorbereitende Aufgabe — ohne jedes Profiling von Personen? (Art. 6 Abs. 3)',
      en: 'Does the system only perform a narrow procedural task, improve the result of a completed human activity, detect patterns without replacing or influencing the human assessment, or do a preparatory task — with no profiling of people at all? (art. 6(3))',
      lb: "Mécht de System just eng enk begrenzt Prozeduraufgab, verbessert en just d'Resultat vun enger ofgeschlossener mënschlecher Aarbecht, erkennt e Muster, ouni déi mënschlech Bewäertung ze ersetzen oder ze beaflossen, oder mécht en eng virbereedend Aufgab — ouni iergendee Profiling vu Mënschen? (Art. 6(3))",
    },
    options: YES_NO('Art. 6(3)'),
  },
  {
    id: 'interacts_with_people',
    kind: 'yes_no',
    question: {
      fr: 'Le système dialogue-t-il directement avec des personnes (clients, candidats, public, personnel), par ex. un chatbot ou un assistant vocal ?',
      de: 'Interagiert das System direkt mit Menschen (Kunden, Bewerbende, Öffentlichkeit, Beschäftigte), z. B. als Chatbot oder Sprachassistent?',
      en: 'Does the system interact directly with people (customers, applicants, the public, staff), e.g. as a chatbot or voice assistant?',
      lb: "Kommunizéiert de System direkt mat Mënschen (Clienten, Kandidaten, de Public, d'Personal), z. B. als Chatbot oder Sproochassistent?",
    },
    options: YES_NO('Art. 50(1)'),
  },
  {
    id: 'synthetic_content',
    kind: 'choice',
    question: {
      fr: 'Le système génère-t-il ou modifie-t-il des contenus ?',
      de: 'Erzeugt oder verändert das System Inhalte?',
      en: 'Does the system generate or manipulate content?',
      lb: 'Generéiert oder ännert de System Inhalter?',
    },
    options: [
      { id: 'none', ref: null, label: { fr: 'Non', de: 'Nein', en: 'No', lb: 'Nee' } },
      {
        id: 'synthetic',
        ref: 'Art. 50(2)',
        label: {
          fr: 'Oui : images, sons, vidéos ou textes (par ex. visuels marketing, textes produits)',
          de: 'Ja: Bilder, Audio, Video oder Text (z. B. Marketingbilder, Produkttexte)',
          en: 'Yes: images, audio, video or text (e.g. marketing visuals, product texts)',
          lb: 'Jo: Biller, Audio, Video oder Text (z. B. Marketingbiller, Produkttexter)',
        },
      },
      {
        id: 'deepfake',
        ref: 'Art. 50(4)',
        label: {
          fr: 'Oui : image, son ou vidéo réalistes de personnes, lieux ou événements semblant réels (hypertrucage)',
          de: 'Ja: realistische Bilder, Audio oder Video von echt wirkenden Personen, Orten oder Ereignissen (Deepfake)',
          en: 'Yes: realistic image, audio or video of real-looking people, places or events (deepfake)',
          lb: 'Jo: realistesch Biller, Audio oder Video vu Mënschen, Plazen oder Evenementer, déi echt ausgesinn (Deepfake)',
        },
      },
      {
        id: 'public_interest_text',
        ref: 'Art. 50(4)',
        label: {
          fr: "Oui : texte publié pour informer le public sur des questions d'intérêt public",
          de: 'Ja: Text, der veröffentlicht wird, um die Öffentlichkeit über Angelegenheiten von öffentlichem Interesse zu informieren',
          en: 'Yes: text published to inform the public on matters of public interest',
          lb: "Jo: Text, dee publizéiert gëtt, fir de Public iwwer Saache vun ëffentlechem Interessi z'informéieren",
        },
      },
    ],
  },
  {
    // Model duties (art. 53) come on top of the system's tier; this question never changes the tier.
    id: 'gpai_model',
    kind: 'yes_no',
    decidesTier: false,
    question: {
      fr: "L'entreprise met-elle sur le marché un modèle d'IA à usage général — le sien ou un modèle qu'elle a sensiblement modifié, par ex. en publiant les poids d'un modèle affiné ou en vendant l'accès à ce modèle pour toutes sortes de tâches ?",
      de: 'Bringt das Unternehmen ein KI-Modell mit allgemeinem Verwendungszweck in Verkehr — ein eigenes oder ein wesentlich verändertes, z. B. indem es die Gewichte eines feinabgestimmten Modells veröffentlicht oder den Zugang zu diesem Modell für beliebige Aufgaben verkauft?',
      en: 'Does the company place a general-purpose AI model on the market — its own or one it has substantially modified, e.g. by publishing the weights of a fine-tuned model or selling access to it for all kinds of tasks?',
      lb: "Bréngt de Betrib e KI-Modell fir allgemeng Zwecker op de Marché — säin eegent oder eent, dat en däitlech ofgeännert huet, z. B. andeems en d'Gewiichter vun engem ugepasste Modell publizéiert oder den Zougang zu deem Modell fir all Zort vun Aufgabe verkeeft?",
    },
    options: YES_NO('Art. 53'),
  },
];
