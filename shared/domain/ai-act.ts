/**
 * EU AI Act risk triage for one roadmap initiative (Regulation (EU) 2024/1689).
 * https://eur-lex.europa.eu/eli/reg/2024/1689/oj
 *
 * Order of the rules (domain.md §4):
 *  1. art. 5(1): prohibited practices → 'prohibited' (nothing else matters);
 *  2. art. 6(1) + Annex I (safety component of a product needing third-party conformity assessment)
 *     or art. 6(2) + Annex III areas → 'high', unless the art. 6(3) derogation is claimed for an
 *     Annex III use (narrow/preparatory task and no profiling of people);
 *  3. art. 50 transparency (chatbots, synthetic content, deepfakes) → 'limited';
 *  4. otherwise 'minimal'.
 * A tier is only given when the questions that could lead to a higher tier are answered: an unanswered
 * art. 5 question always gives 'unclassified'. Art. 50 duties are added to a high-risk result too
 * (art. 50 applies alongside Chapter III). Placing a general-purpose AI model on the market (art. 53)
 * is asked separately: it adds the model provider's duties whatever the tier, and does not change it.
 *
 * Dates are shown as rules: each with the provision that sets it (AI_ACT_DATES). The Digital Omnibus on
 * AI (Council adoption 29 Jun 2026, domain.md §4) moved some of them and added a prohibition; it is cited
 * by name only ("Art. 5, as amended by the Digital Omnibus on AI") until its Official Journal numbering
 * is confirmed — no regulation number is invented here.
 *
 * This is a guided first classification for an advisor, not legal advice; borderline cases go to a lawyer.
 */
import type { LocalizedText } from '../locale';

/** The AI Act risk tiers, most severe first (also the order the report lists them in). */
export const AI_ACT_RISKS = ['prohibited', 'high', 'limited', 'minimal', 'unclassified'] as const;
export type AiActRisk = (typeof AI_ACT_RISKS)[number];

export const AI_ACT_QUESTION_IDS = [
  'prohibited_practice',
  'product_safety',
  'annex_iii_area',
  'annex_iii_derogation',
  'interacts_with_people',
  'synthetic_content',
  'gpai_model',
] as const;
export type AiActQuestionId = (typeof AI_ACT_QUESTION_IDS)[number];

export interface AiActOption {
  id: string;
  label: LocalizedText;
  /** The legal provision this answer triggers, e.g. 'Art. 5(1)(f)'; null when it triggers nothing. */
  ref: string | null;
  /** How to cite `ref` in each language, when it is more than an article number. */
  citation?: LocalizedText;
}

export interface AiActQuestion {
  id: AiActQuestionId;
  /** 'yes_no' renders as two buttons, 'choice' as a list (one answer). */
  kind: 'yes_no' | 'choice';
  /** False for questions that add duties without changing the tier (the GPAI model question). */
  decidesTier?: false;
  question: LocalizedText;
  options: AiActOption[];
}

/** Answers by question id: an option id, or null/absent when not answered. Unknown option ids count as unanswered. */
export type AiActAnswers = Partial<Record<AiActQuestionId, string | null>>;

export interface AiActRuleRef {
  ref: string;
  questionId: AiActQuestionId;
  /** How to cite `ref` in each language, when it is more than an article number. */
  citation?: LocalizedText;
}

/** The citation of a rule in the reader's language (the bare reference when it needs no words). */
export function citeRef(rule: Pick<AiActRuleRef, 'ref' | 'citation'>, locale: keyof LocalizedText): string {
  return rule.citation?.[locale] ?? rule.ref;
}

export type AiActObligationId =
  | 'do_not_deploy'
  | 'medical_safety_exception'
  | 'risk_management'
  | 'data_governance'
  | 'documentation_logging'
  | 'instructions_for_use'
  | 'human_oversight'
  | 'accuracy_robustness'
  | 'conformity_assessment'
  | 'conformity_product'
  | 'deployer_duties'
  | 'inform_workers'
  | 'fundamental_rights_assessment'
  | 'inform_exposed_persons'
  | 'disclose_ai_interaction'
  | 'mark_synthetic_content'
  | 'disclose_deepfake'
  | 'disclose_public_interest_text'
  | 'document_not_high_risk'
  | 'register_not_high_risk'
  | 'gpai_provider_duties'
  | 'support_ai_literacy'
  | 'minimal_good_practice'
  | 'answer_triage';

/** Rules with a date of application; which ones a triage names depends on its result. */
export type AiActDateRuleId =
  | 'prohibitions'
  | 'omnibus_prohibition'
  | 'ai_literacy'
  | 'gpai'
  | 'transparency'
  | 'high_risk_annex_iii'
  | 'high_risk_annex_i';

export interface AiActDateRule {
  id: AiActDateRuleId;
  /** ISO date from which the rule applies. */
  appliesFrom: string;
  /** What applies from that date. */
  rule: LocalizedText;
  /** The provision that sets the date. */
  source: LocalizedText;
}

export interface AiActTriage {
  risk: AiActRisk;
  /** The rule that decided the tier; null for 'unclassified' and for plain 'minimal'. */
  decidedBy: AiActRuleRef | null;
  /** Further rules that apply as well (e.g. art. 50(1) for a high-risk HR chatbot). */
  alsoApplies: AiActRuleRef[];
  obligations: LocalizedText[];
  /** Same order as `obligations`. */
  obligationIds: AiActObligationId[];
  /** Relevant questions still unanswered (for 'unclassified': what to answer next). */
  unanswered: AiActQuestionId[];
  /** When the rules behind this result apply, each with its source (dates shown as rules). */
  dates: AiActDateRule[];
}

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

export const AI_ACT_OBLIGATIONS: Readonly<Record<AiActObligationId, LocalizedText>> = {
  do_not_deploy: {
    fr: "Ne pas développer, acheter ni utiliser ce système : la pratique est interdite dans l'UE (art. 5). Arrêter l'initiative ou la revoir sans la fonction interdite, et consigner la décision.",
    de: 'Dieses System weder entwickeln noch kaufen noch nutzen: Die Praxis ist in der EU verboten (Art. 5). Die Maßnahme stoppen oder ohne die verbotene Funktion neu planen und die Entscheidung dokumentieren.',
    en: 'Do not develop, buy or use this system: the practice is prohibited in the EU (art. 5). Stop the initiative or redesign it without the prohibited function, and record the decision.',
    lb: "Dëse System weder entwéckelen nach kafen nach benotzen: D'Praxis ass an der EU verbueden (Art. 5). D'Moossnam stoppen oder ouni déi verbueden Funktioun nei plangen, an d'Decisioun dokumentéieren.",
  },
  medical_safety_exception: {
    fr: "Seule une finalité médicale ou de sécurité réelle (par ex. détecter la fatigue d'un conducteur d'engin) échappe à cette interdiction ; demander un avis juridique avant de s'en prévaloir.",
    de: 'Nur ein echter medizinischer oder Sicherheitszweck (z. B. Müdigkeitserkennung bei Fahrern von Maschinen) fällt nicht unter das Verbot; vorher rechtlichen Rat einholen.',
    en: 'Only a genuine medical or safety purpose (e.g. detecting the fatigue of a machine driver) falls outside this ban; get legal advice before relying on it.',
    lb: "Just e richtege medezineschen oder Sécherheetszweck (z. B. d'Middegkeet vun engem Maschinnechauffeur erkennen) fält net ënnert d'Verbuet; virdrun e juristesche Rot froen.",
  },
  risk_management: {
    fr: 'Mettre en place une gestion des risques sur tout le cycle de vie du système : identifier, évaluer et réduire les risques pour la santé, la sécurité et les droits fondamentaux (art. 9).',
    de: 'Ein Risikomanagement über den gesamten Lebenszyklus einrichten: Risiken für Gesundheit, Sicherheit und Grundrechte erkennen, bewerten und mindern (Art. 9).',
    en: 'Set up risk management over the whole life of the system: identify, assess and reduce risks to health, safety and fundamental rights (art. 9).',
    lb: 'E Risikomanagement iwwer de ganze Liewenszyklus vum System opbauen: Risike fir Gesondheet, Sécherheet a Grondrechter erkennen, bewäerten a reduzéieren (Art. 9).',
  },
  data_governance: {
    fr: "Utiliser des données d'entraînement, de validation et de test pertinentes, représentatives et vérifiées quant aux erreurs et aux biais (art. 10).",
    de: 'Trainings-, Validierungs- und Testdaten verwenden, die relevant, repräsentativ und auf Fehler und Verzerrungen geprüft sind (Art. 10).',
    en: 'Use training, validation and test data that are relevant, representative and checked for errors and bias (art. 10).',
    lb: 'Trainings-, Validéierungs- an Testdonnéeë benotzen, déi relevant a representativ sinn an op Feeler a Bias iwwerpréift goufen (Art. 10).',
  },
  documentation_logging: {
    fr: 'Tenir à jour une documentation technique et faire journaliser automatiquement les événements du système pour que les résultats restent traçables (art. 11 et 12).',
    de: 'Technische Dokumentation aktuell halten und das System Ereignisse automatisch protokollieren lassen, damit Ergebnisse nachvollziehbar bleiben (Art. 11 und 12).',
    en: 'Keep technical documentation up to date and have the system log its events automatically so that results stay traceable (arts. 11 and 12).',
    lb: "Déi technesch Dokumentatioun aktuell halen an de System seng Evenementer automatesch protokolléiere loossen, fir datt d'Resultater nozevollzéie bleiwen (Art. 11 an 12).",
  },
  instructions_for_use: {
    fr: "Fournir des instructions d'utilisation claires : finalité, précision, limites et façon d'interpréter les résultats (art. 13).",
    de: 'Klare Gebrauchsanweisungen bereitstellen: Zweck, Genauigkeit, Grenzen und wie die Ergebnisse zu lesen sind (Art. 13).',
    en: 'Provide clear instructions for use: purpose, accuracy, limits and how to read the output (art. 13).',
    lb: "Kloer Gebrauchsuweisunge ginn: Zweck, Genauegkeet, Grenzen a wéi d'Resultater ze liesen sinn (Art. 13).",
  },
  human_oversight: {
    fr: 'Prévoir un contrôle humain : des personnes formées comprennent les résultats, peuvent les écarter et arrêter le système (art. 14).',
    de: 'Menschliche Aufsicht vorsehen: Geschulte Personen verstehen die Ergebnisse, können sie übersteuern und das System anhalten (Art. 14).',
    en: 'Design for human oversight: trained people understand the output, can overrule it and can stop the system (art. 14).',
    lb: "Mënschlech Kontroll virgesinn: Geschoulte Leit verstinn d'Resultater, kënnen se iwwerstëmmen an de System stoppen (Art. 14).",
  },
  accuracy_robustness: {
    fr: "Atteindre et déclarer un niveau approprié d'exactitude, de robustesse et de cybersécurité, et le maintenir dans le temps (art. 15).",
    de: 'Ein angemessenes Maß an Genauigkeit, Robustheit und Cybersicherheit erreichen, angeben und dauerhaft halten (Art. 15).',
    en: 'Reach and declare an appropriate level of accuracy, robustness and cybersecurity, and keep it over time (art. 15).',
    lb: 'En adequaten Niveau u Genauegkeet, Robustheet a Cybersécherheet erreechen, uginn an op Dauer halen (Art. 15).',
  },
  conformity_assessment: {
    fr: "En tant que fournisseur : système de gestion de la qualité, évaluation de la conformité, déclaration UE de conformité, marquage CE et enregistrement dans la base de données de l'UE avant la mise sur le marché ou en service (art. 16, 17, 43, 47 à 49).",
    de: 'Als Anbieter: Qualitätsmanagementsystem, Konformitätsbewertung, EU-Konformitätserklärung, CE-Kennzeichnung und Registrierung in der EU-Datenbank vor dem Inverkehrbringen oder der Inbetriebnahme (Art. 16, 17, 43, 47–49).',
    en: 'As provider: quality-management system, conformity assessment, EU declaration of conformity, CE marking and registration in the EU database before placing on the market or putting into service (arts. 16, 17, 43, 47–49).',
    lb: 'Als Ubidder: Qualitéitsmanagementsystem, Konformitéitsbewäertung, EU-Konformitéitserklärung, CE-Markéierung a Registréierung an der EU-Datebank, ier de System op de Marché kënnt oder a Betrib geholl gëtt (Art. 16, 17, 43, 47–49).',
  },
  conformity_product: {
    fr: "En tant que fournisseur : les exigences relatives à l'IA sont vérifiées dans l'évaluation de la conformité par un tiers (organisme notifié) prévue par la législation du produit, avec le marquage CE du produit (art. 43(3)).",
    de: 'Als Anbieter: Die KI-Anforderungen werden in der Konformitätsbewertung durch Dritte (benannte Stelle) nach dem jeweiligen Produktrecht geprüft, mit CE-Kennzeichnung des Produkts (Art. 43 Abs. 3).',
    en: "As provider: the AI requirements are checked within the product's third-party conformity assessment (notified body) under its own sector law, with CE marking of the product (art. 43(3)).",
    lb: "Als Ubidder: D'KI-Ufuerderunge ginn an der Konformitéitsbewäertung duerch eng Drëttpartei (notifiéiert Stell) no dem Produktrecht iwwerpréift, mat CE-Markéierung vum Produkt (Art. 43(3)).",
  },
  deployer_duties: {
    fr: "En tant que déployeur (utilisateur) : suivre les instructions d'utilisation, confier la surveillance à des personnes compétentes, suivre le fonctionnement, conserver les journaux au moins six mois et signaler les incidents graves (art. 26).",
    de: 'Als Betreiber (Nutzer): Gebrauchsanweisung befolgen, die Aufsicht kompetenten Personen übertragen, den Betrieb überwachen, Protokolle mindestens sechs Monate aufbewahren und schwerwiegende Vorfälle melden (Art. 26).',
    en: 'As deployer (user): follow the instructions for use, give oversight to competent people, monitor operation, keep the logs for at least six months and report serious incidents (art. 26).',
    lb: "Als Benotzer (Deployer): d'Gebrauchsuweisung befollegen, d'Iwwerwaachung kompetente Leit uvertrauen, de Bedriff iwwerwaachen, d'Protokoller mindestens sechs Méint halen a gravéierend Incidenter mellen (Art. 26).",
  },
  inform_workers: {
    fr: 'Avant toute utilisation sur le lieu de travail, informer la délégation du personnel et les salariés concernés (art. 26(7)).',
    de: 'Vor dem Einsatz am Arbeitsplatz die Personaldelegation und die betroffenen Beschäftigten informieren (Art. 26 Abs. 7).',
    en: 'Before using it at the workplace, inform the staff delegation and the employees concerned (art. 26(7)).',
    lb: "Ier de System op der Aarbechtsplaz benotzt gëtt, d'Personaldelegatioun an déi betraffe Mataarbechter informéieren (Art. 26(7)).",
  },
  fundamental_rights_assessment: {
    fr: "Réaliser une analyse d'impact sur les droits fondamentaux avant la première utilisation (art. 27 : obligatoire pour la notation de crédit, la tarification d'assurances vie et santé et les organismes publics ou chargés d'un service public).",
    de: 'Vor der ersten Nutzung eine Grundrechte-Folgenabschätzung durchführen (Art. 27: Pflicht bei Bonitätsbewertung, Preisgestaltung von Lebens- und Krankenversicherungen sowie für öffentliche Stellen und Erbringer öffentlicher Dienste).',
    en: 'Carry out a fundamental-rights impact assessment before first use (art. 27: required for credit scoring, life and health insurance pricing, and public bodies or providers of public services).',
    lb: "Virun der éischter Notzung eng Impaktanalys op d'Grondrechter maachen (Art. 27: obligatoresch beim Kreditscoring, bei der Präisfixéierung vu Liewens- a Krankeversécherungen a fir ëffentlech Stellen oder Ubidder vun ëffentleche Servicer).",
  },
  inform_exposed_persons: {
    fr: 'Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique que le système fonctionne (art. 50(3)).',
    de: 'Personen, die der Emotionserkennung oder biometrischen Kategorisierung ausgesetzt sind, über den Betrieb des Systems informieren (Art. 50 Abs. 3).',
    en: 'Inform the people exposed to emotion recognition or biometric categorisation that the system is operating (art. 50(3)).',
    lb: "D'Leit, déi der Emotiounserkennung oder der biometrescher Kategoriséierung ausgesat sinn, informéieren, datt de System leeft (Art. 50(3)).",
  },
  disclose_ai_interaction: {
    fr: "Indiquer clairement aux personnes, au plus tard lors de la première interaction, qu'elles ont affaire à un système d'IA, sauf si c'est évident (art. 50(1)) ; par ex. un avis en début de conversation.",
    de: 'Den Menschen spätestens bei der ersten Interaktion klar sagen, dass sie mit einem KI-System zu tun haben, sofern das nicht offensichtlich ist (Art. 50 Abs. 1); z. B. ein Hinweis zu Beginn des Chats.',
    en: 'Tell people clearly, at the latest at the first interaction, that they are dealing with an AI system, unless this is obvious (art. 50(1)); e.g. a notice at the start of the chat.',
    lb: 'De Leit spéitstens bei der éischter Interaktioun kloer soen, datt se mat engem KI-System ze dinn hunn, ausser et ass evident (Art. 50(1)); z. B. en Hiweis am Ufank vum Chat.',
  },
  mark_synthetic_content: {
    fr: "Veiller à ce que les images, sons, vidéos ou textes générés soient marqués, de façon lisible par machine, comme générés par l'IA (art. 50(2), obligation du fournisseur : vérifier que l'éditeur de l'outil le fait).",
    de: 'Sicherstellen, dass erzeugte Bilder, Audio, Video oder Texte maschinenlesbar als KI-generiert gekennzeichnet sind (Art. 50 Abs. 2, Pflicht des Anbieters: prüfen, ob der Hersteller des Werkzeugs das tut).',
    en: "Make sure generated images, audio, video or text are marked in a machine-readable way as AI-generated (art. 50(2), a provider duty: check that the tool's vendor does it).",
    lb: 'Oppassen, datt generéiert Biller, Audio, Video oder Texter maschinnliesbar als KI-generéiert markéiert sinn (Art. 50(2), eng Flicht vum Ubidder: kontrolléieren, ob de Fournisseur vum Tool dat mécht).',
  },
  disclose_deepfake: {
    fr: "Indiquer de façon visible que les contenus image, son ou vidéo ressemblant à des personnes, lieux ou événements réels ont été générés ou manipulés par l'IA (art. 50(4)) ; des règles allégées valent pour les œuvres manifestement artistiques ou satiriques.",
    de: 'Sichtbar offenlegen, dass Bild-, Audio- oder Videoinhalte, die echten Personen, Orten oder Ereignissen ähneln, durch KI erzeugt oder verändert wurden (Art. 50 Abs. 4); für offensichtlich künstlerische oder satirische Werke gelten leichtere Regeln.',
    en: 'Disclose visibly that image, audio or video content resembling real people, places or events was generated or manipulated by AI (art. 50(4)); lighter rules apply to evidently artistic or satirical work.',
    lb: 'Siichtbar uginn, datt Biller, Audio oder Video, déi richtege Leit, Plazen oder Evenementer gläichen, vun der KI generéiert oder manipuléiert goufen (Art. 50(4)); fir evident artistesch oder satiresch Wierker gëlle méi liicht Reegelen.',
  },
  disclose_public_interest_text: {
    fr: "Indiquer qu'un texte publié pour informer le public a été généré par l'IA, sauf s'il a été relu par une personne et que l'entreprise en assume la responsabilité éditoriale (art. 50(4)).",
    de: 'Offenlegen, dass ein zur Information der Öffentlichkeit veröffentlichter Text KI-generiert ist, außer ein Mensch hat ihn geprüft und das Unternehmen trägt die redaktionelle Verantwortung (Art. 50 Abs. 4).',
    en: 'Disclose that text published to inform the public was AI-generated, unless a person reviewed it and the company takes editorial responsibility (art. 50(4)).',
    lb: "Uginn, datt en Text, dee publizéiert gouf, fir de Public z'informéieren, vun der KI generéiert ass, ausser e Mënsch huet en nogekuckt an de Betrib iwwerhëlt d'redaktionell Verantwortung (Art. 50(4)).",
  },
  document_not_high_risk: {
    fr: "Consigner par écrit, avant la mise sur le marché ou l'utilisation, pourquoi le système n'est pas à haut risque au sens de l'art. 6(3), tenir ce document à disposition des autorités et le revoir à chaque changement d'usage (art. 6(4)).",
    de: 'Vor dem Inverkehrbringen oder der Nutzung schriftlich festhalten, warum das System nach Art. 6 Abs. 3 kein hohes Risiko hat, für die Behörden bereithalten und bei jeder Änderung der Nutzung neu prüfen (Art. 6 Abs. 4).',
    en: 'Before placing it on the market or using it, write down why the system is not high-risk under art. 6(3), keep this ready for the authorities and re-check it whenever the use changes (art. 6(4)).',
    lb: "Ier de System op de Marché kënnt oder benotzt gëtt, schrëftlech festhalen, firwat en no Art. 6(3) keen héije Risiko huet, dat fir d'Autoritéiten disponibel halen an et bei all Ännerung vun der Notzung nei iwwerpréiwen (Art. 6(4)).",
  },
  register_not_high_risk: {
    fr: "Avant la mise sur le marché ou en service, enregistrer le système, et le fournisseur lui-même, dans la base de données de l'UE, même avec cette conclusion « pas à haut risque » (art. 49(2)) ; pour un outil acheté, vérifier que le fournisseur l'a fait.",
    de: 'Vor dem Inverkehrbringen oder der Inbetriebnahme das System und den Anbieter selbst in der EU-Datenbank registrieren, auch mit dieser Schlussfolgerung „kein hohes Risiko“ (Art. 49 Abs. 2); bei einem gekauften Werkzeug prüfen, ob der Anbieter das getan hat.',
    en: 'Before placing it on the market or putting it into service, register the system, and the provider itself, in the EU database, even with this “not high-risk” conclusion (art. 49(2)); for a bought tool, check that the vendor did.',
    lb: "Ier de System op de Marché kënnt oder a Betrib geholl gëtt, de System an den Ubidder selwer an der EU-Datebank registréieren, och mat dëser Conclusioun „keen héije Risiko“ (Art. 49(2)); bei engem kaaften Tool kontrolléieren, ob de Fournisseur dat gemaach huet.",
  },
  gpai_provider_duties: {
    fr: "En tant que fournisseur d'un modèle d'IA à usage général (art. 53) : tenir la documentation technique du modèle, donner aux fournisseurs en aval les informations dont ils ont besoin, adopter une politique de respect du droit d'auteur et publier un résumé des contenus d'entraînement. Un modèle publié sous licence libre et ouverte est dispensé des deux premières obligations, sauf risque systémique (art. 53(2)).",
    de: 'Als Anbieter eines KI-Modells mit allgemeinem Verwendungszweck (Art. 53): technische Dokumentation des Modells führen, nachgelagerten Anbietern die nötigen Informationen geben, eine Strategie zur Einhaltung des Urheberrechts festlegen und eine Zusammenfassung der Trainingsinhalte veröffentlichen. Ein unter freier und offener Lizenz veröffentlichtes Modell ist von den ersten beiden Pflichten befreit, außer bei systemischem Risiko (Art. 53 Abs. 2).',
    en: 'As provider of a general-purpose AI model (art. 53): keep technical documentation of the model, give downstream providers the information they need, put in place a policy to comply with copyright and publish a summary of the training content. A model released under a free and open-source licence is exempt from the first two duties unless it has systemic risk (art. 53(2)).',
    lb: "Als Ubidder vun engem KI-Modell fir allgemeng Zwecker (Art. 53): eng technesch Dokumentatioun vum Modell féieren, den Ubidder, déi et weider benotzen, déi néideg Informatioune ginn, eng Strategie fir d'Urheberrecht anzehalen astellen an e Resumé vun den Trainingsinhalter publizéieren. E Modell, dat ënner enger fräier an oppener Lizenz publizéiert gëtt, ass vun den éischten zwou Flichte befreit, ausser et huet e systemesche Risiko (Art. 53(2)).",
  },
  support_ai_literacy: {
    fr: "Prendre des mesures pour soutenir la maîtrise de l'IA du personnel qui utilise ou fait fonctionner le système (art. 4, tel que modifié par l'omnibus numérique sur l'IA).",
    de: 'Maßnahmen ergreifen, um die KI-Kompetenz der Beschäftigten zu fördern, die das System nutzen oder betreiben (Art. 4 in der Fassung des digitalen Omnibus zur KI).',
    en: 'Take measures to support the AI literacy of the staff who use or operate the system (art. 4, as amended by the Digital Omnibus on AI).',
    lb: "Moossnamen huelen, fir d'KI-Kompetenz vum Personal ze ënnerstëtzen, dat de System benotzt oder bedreift (Art. 4, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet).",
  },
  minimal_good_practice: {
    fr: "Aucune autre obligation de l'AI Act propre à ce système. Bonne pratique : consigner le classement dans le registre IA et le revoir si l'usage change ; le RGPD reste applicable aux données personnelles.",
    de: 'Keine weitere systemspezifische Pflicht aus dem AI Act. Gute Praxis: die Einstufung im KI-Register festhalten und bei geänderter Nutzung neu prüfen; für personenbezogene Daten gilt weiterhin die DSGVO.',
    en: 'No further AI Act obligation specific to this system. Good practice: record the triage in the AI register and re-check it if the use changes; the GDPR still applies to any personal data.',
    lb: "Keng weider Flicht aus dem AI Act, déi speziell fir dëse System gëllt. Gutt Praxis: d'Aklasséierung am KI-Register festhalen an nei iwwerpréiwen, wann d'Notzung ännert; fir perséinlech Donnéeë gëllt weiderhin de RGPD.",
  },
  answer_triage: {
    fr: "Répondre aux questions de classement avant le début de l'initiative : les obligations dépendent du niveau de risque.",
    de: 'Die Einstufungsfragen vor Beginn der Maßnahme beantworten: Die Pflichten hängen von der Risikostufe ab.',
    en: 'Answer the triage questions before the initiative starts: the obligations depend on the risk tier.',
    lb: "D'Froe fir d'Aklasséierung beäntweren, ier d'Moossnam ufänkt: D'Flichten hänke vum Risikoniveau of.",
  },
};

const AI_ACT_113: LocalizedText = { fr: 'Règlement (UE) 2024/1689 (AI Act), art. 113', de: 'AI Act, Art. 113', en: 'AI Act, art. 113', lb: 'AI Act, Art. 113' };

/**
 * Dates of application, each with the provision that sets it (domain.md §4; checked 2026-12-02). The
 * Digital Omnibus on AI moved the high-risk dates and added a prohibition; dates may move again.
 */
export const AI_ACT_DATES: Readonly<Record<AiActDateRuleId, AiActDateRule>> = {
  prohibitions: {
    id: 'prohibitions',
    appliesFrom: '2025-02-02',
    rule: { fr: 'Pratiques interdites (art. 5)', de: 'Verbotene Praktiken (Art. 5)', en: 'Prohibited practices (art. 5)', lb: 'Verbuede Praktiken (Art. 5)' },
    source: AI_ACT_113,
  },
  omnibus_prohibition: {
    id: 'omnibus_prohibition',
    appliesFrom: '2026-12-02',
    rule: {
      fr: "Interdiction des outils conçus pour générer des images intimes non consenties ou des contenus pédopornographiques",
      de: 'Verbot von Werkzeugen, die intime Bilder ohne Einwilligung oder Darstellungen sexuellen Kindesmissbrauchs erzeugen sollen',
      en: 'Prohibition of tools made to generate non-consensual intimate images or child sexual abuse material',
      lb: 'Verbuet vun Tools, déi gemaach sinn, fir intim Biller ouni Averständnis oder Biller vu sexuellem Mëssbrauch vu Kanner ze generéieren',
    },
    source: {
      fr: "Art. 5, tel que modifié par l'omnibus numérique sur l'IA",
      de: 'Art. 5 in der Fassung des digitalen Omnibus zur KI',
      en: 'Art. 5, as amended by the Digital Omnibus on AI',
      lb: 'Art. 5, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet',
    },
  },
  ai_literacy: {
    id: 'ai_literacy',
    appliesFrom: '2025-02-02',
    rule: { fr: "Maîtrise de l'IA (art. 4)", de: 'KI-Kompetenz (Art. 4)', en: 'AI literacy (art. 4)', lb: 'KI-Kompetenz (Art. 4)' },
    source: {
      fr: "AI Act, art. 113 ; libellé tel que modifié par l'omnibus numérique sur l'IA",
      de: 'AI Act, Art. 113; Wortlaut in der Fassung des digitalen Omnibus zur KI',
      en: 'AI Act, art. 113; wording as amended by the Digital Omnibus on AI',
      lb: 'AI Act, Art. 113; Wuertlaut, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet',
    },
  },
  gpai: {
    id: 'gpai',
    appliesFrom: '2025-08-02',
    rule: {
      fr: "Obligations des fournisseurs de modèles d'IA à usage général (art. 53)",
      de: 'Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck (Art. 53)',
      en: 'Duties of providers of general-purpose AI models (art. 53)',
      lb: 'Flichte vun den Ubidder vu KI-Modeller fir allgemeng Zwecker (Art. 53)',
    },
    source: AI_ACT_113,
  },
  transparency: {
    id: 'transparency',
    appliesFrom: '2026-08-02',
    rule: { fr: 'Obligations de transparence (art. 50)', de: 'Transparenzpflichten (Art. 50)', en: 'Transparency duties (art. 50)', lb: 'Transparenzflichten (Art. 50)' },
    source: AI_ACT_113,
  },
  high_risk_annex_iii: {
    id: 'high_risk_annex_iii',
    appliesFrom: '2027-12-02',
    rule: {
      fr: "Obligations des systèmes à haut risque de l'annexe III",
      de: 'Pflichten für Hochrisiko-Systeme nach Anhang III',
      en: 'Obligations for high-risk systems under Annex III',
      lb: 'Flichte fir Systemer mat héijem Risiko aus dem Annex III',
    },
    source: {
      fr: "Omnibus numérique sur l'IA (au lieu du 2 août 2026)",
      de: 'Digitaler Omnibus zur KI (statt 2. August 2026)',
      en: 'Digital Omnibus on AI (instead of 2 August 2026)',
      lb: 'Digitalen Omnibus iwwer KI (amplaz vum 2. August 2026)',
    },
  },
  high_risk_annex_i: {
    id: 'high_risk_annex_i',
    appliesFrom: '2028-08-02',
    rule: {
      fr: "Obligations des systèmes à haut risque intégrés à des produits de l'annexe I (art. 6(1))",
      de: 'Pflichten für Hochrisiko-Systeme in Produkten nach Anhang I (Art. 6 Abs. 1)',
      en: 'Obligations for high-risk systems in products under Annex I (art. 6(1))',
      lb: 'Flichte fir Systemer mat héijem Risiko a Produiten aus dem Annex I (Art. 6(1))',
    },
    source: {
      fr: "Omnibus numérique sur l'IA (au lieu du 2 août 2027)",
      de: 'Digitaler Omnibus zur KI (statt 2. August 2027)',
      en: 'Digital Omnibus on AI (instead of 2 August 2027)',
      lb: 'Digitalen Omnibus iwwer KI (amplaz vum 2. August 2027)',
    },
  },
};

const QUESTIONS_BY_ID = new Map(AI_ACT_QUESTIONS.map((q) => [q.id, q]));

/** The chosen option of a question, or undefined when unanswered or not one of its options. */
function chosen(answers: AiActAnswers, id: AiActQuestionId): AiActOption | undefined {
  const value = answers[id];
  if (typeof value !== 'string') return undefined;
  return QUESTIONS_BY_ID.get(id)?.options.find((o) => o.id === value);
}

/**
 * The questions to show, in order, given the answers so far: everything stops after a prohibited
 * practice, and the art. 6(3) question only appears once an Annex III area is chosen.
 */
/** Unanswered questions of a triage that can still change its tier. */
export function openTierQuestions(triage: Pick<AiActTriage, 'unanswered'>): AiActQuestionId[] {
  return triage.unanswered.filter((id) => QUESTIONS_BY_ID.get(id)?.decidesTier !== false);
}

export function relevantAiActQuestions(answers: AiActAnswers): AiActQuestion[] {
  const prohibited = chosen(answers, 'prohibited_practice');
  if (prohibited && prohibited.id !== 'none') return [QUESTIONS_BY_ID.get('prohibited_practice') as AiActQuestion];
  const area = chosen(answers, 'annex_iii_area');
  return AI_ACT_QUESTIONS.filter((q) => q.id !== 'annex_iii_derogation' || (area !== undefined && area.id !== 'none'));
}

const HIGH_RISK_CORE: AiActObligationId[] = [
  'risk_management',
  'data_governance',
  'documentation_logging',
  'instructions_for_use',
  'human_oversight',
  'accuracy_robustness',
];

export function triageAiAct(answers: AiActAnswers): AiActTriage {
  const unanswered = relevantAiActQuestions(answers)
    .map((q) => q.id)
    .filter((id) => chosen(answers, id) === undefined);
  // Placing a general-purpose model on the market adds the model duties to any non-prohibited result.
  const gpai = chosen(answers, 'gpai_model')?.ref ? { ref: 'Art. 53', questionId: 'gpai_model' as const } : null;
  const result = (
    risk: AiActRisk,
    decidedBy: AiActRuleRef | null,
    alsoApplies: AiActRuleRef[],
    obligationIds: AiActObligationId[],
    dateIds: AiActDateRuleId[],
  ): AiActTriage => {
    const withModel = gpai && risk !== 'prohibited';
    const ids: AiActObligationId[] = withModel ? [...obligationIds, 'gpai_provider_duties'] : obligationIds;
    const dates = withModel ? [...dateIds, 'gpai' as const] : dateIds;
    return {
      risk,
      decidedBy,
      alsoApplies: withModel ? [...alsoApplies, gpai] : alsoApplies,
      obligationIds: ids,
      obligations: ids.map((id) => AI_ACT_OBLIGATIONS[id]),
      unanswered,
      dates: dates.map((id) => AI_ACT_DATES[id]),
    };
  };
  const unclassified = (): AiActTriage => result('unclassified', null, [], ['answer_triage'], []);

  // 1. Art. 5: must be answered before anything else can be said.
  const prohibited = chosen(answers, 'prohibited_practice');
  if (!prohibited) return unclassified();
  if (prohibited.ref) {
    const ids: AiActObligationId[] = ['do_not_deploy'];
    if (prohibited.id === 'emotion_work_school') ids.push('medical_safety_exception');
    const omnibus = prohibited.id === 'intimate_image_generation';
    const decidedBy: AiActRuleRef = { ref: prohibited.ref, questionId: 'prohibited_practice', ...(prohibited.citation ? { citation: prohibited.citation } : {}) };
    return result('prohibited', decidedBy, [], ids, [omnibus ? 'omnibus_prohibition' : 'prohibitions']);
  }

  // Art. 50 triggers, needed both for 'limited' and as additional duties of a high-risk system.
  const interacts = chosen(answers, 'interacts_with_people');
  const content = chosen(answers, 'synthetic_content');
  const transparency: AiActRuleRef[] = [];
  const transparencyIds: AiActObligationId[] = [];
  if (interacts?.ref) {
    transparency.push({ ref: interacts.ref, questionId: 'interacts_with_people' });
    transparencyIds.push('disclose_ai_interaction');
  }
  if (content?.ref) {
    transparency.push({ ref: content.ref, questionId: 'synthetic_content' });
    // Generated media and text must be machine-marked by the provider in every case (art. 50(2)).
    transparencyIds.push('mark_synthetic_content');
    if (content.id === 'deepfake') transparencyIds.push('disclose_deepfake');
    if (content.id === 'public_interest_text') transparencyIds.push('disclose_public_interest_text');
  }

  // 2. High risk: art. 6(1) product route, or an Annex III area without the art. 6(3) derogation.
  const product = chosen(answers, 'product_safety');
  const area = chosen(answers, 'annex_iii_area');
  const derogation = chosen(answers, 'annex_iii_derogation');
  const areaChosen = typeof area?.ref === 'string';
  const areaIsHigh = areaChosen && derogation?.id !== 'yes';
  const highRefs: AiActRuleRef[] = [];
  if (product?.ref) highRefs.push({ ref: product.ref, questionId: 'product_safety' });
  if (areaIsHigh && area?.ref) highRefs.push({ ref: area.ref, questionId: 'annex_iii_area' });
  if (highRefs.length > 0) {
    const ids: AiActObligationId[] = [...HIGH_RISK_CORE, product?.ref ? 'conformity_product' : 'conformity_assessment', 'deployer_duties'];
    const dateIds: AiActDateRuleId[] = [];
    if (product?.ref) dateIds.push('high_risk_annex_i');
    if (areaIsHigh) dateIds.push('high_risk_annex_iii');
    if (transparency.length > 0) dateIds.push('transparency');
    if (areaIsHigh && area) {
      if (area.id === 'employment_recruitment' || area.id === 'employment_management') ids.push('inform_workers');
      if (area.id === 'public_benefits' || area.id === 'credit_scoring' || area.id === 'life_health_insurance') {
        ids.push('fundamental_rights_assessment');
      }
      if (area.id === 'biometric_categorisation' || area.id === 'emotion_recognition') ids.push('inform_exposed_persons');
    }
    const [decidedBy, ...otherHigh] = highRefs;
    return result('high', decidedBy, [...otherHigh, ...transparency], [...ids, ...transparencyIds, 'support_ai_literacy'], [...dateIds, 'ai_literacy']);
  }

  // Not high risk only when both routes are answered negatively (or the derogation is claimed).
  const derogationUsed = areaChosen && derogation?.id === 'yes';
  const notHigh = product?.id === 'no' && (area?.id === 'none' || derogationUsed);
  if (!notHigh) return unclassified();
  const derogationRef: AiActRuleRef = { ref: 'Art. 6(3)', questionId: 'annex_iii_derogation' };
  // A "not high-risk" conclusion under art. 6(3) is documented and still registered (art. 49(2)).
  const registrationRef: AiActRuleRef = { ref: 'Art. 49(2)', questionId: 'annex_iii_derogation' };
  const derogationIds: AiActObligationId[] = derogationUsed ? ['document_not_high_risk', 'register_not_high_risk'] : [];

  // 3. Limited risk: any art. 50 trigger.
  if (transparency.length > 0) {
    const [decidedBy, ...rest] = transparency;
    const also = [...rest, ...(derogationUsed ? [derogationRef, registrationRef] : [])];
    return result('limited', decidedBy, also, [...transparencyIds, ...derogationIds, 'support_ai_literacy'], ['transparency', 'ai_literacy']);
  }
  // 4. Minimal: both art. 50 questions answered "no".
  if (interacts?.id === 'no' && content?.id === 'none') {
    const obligations: AiActObligationId[] = [...derogationIds, 'support_ai_literacy', 'minimal_good_practice'];
    return result('minimal', derogationUsed ? derogationRef : null, derogationUsed ? [registrationRef] : [], obligations, ['ai_literacy']);
  }
  return unclassified();
}
