/**
 * Report fixtures: a complete, realistic `ReportData` in each of the four languages (a small
 * machining company in Esch-sur-Alzette, second check, 12 initiatives, funding, GPU budget,
 * signed off), and a large one (40 initiatives) for the benchmark. Content that the app would
 * take from the instrument and the catalogue is written here in all four languages.
 */
import type { Locale, LocalizedText } from '@shared/locale';
import type {
  ReportAiAct,
  ReportAppendixEntry,
  ReportData,
  ReportDimension,
  ReportInitiative,
} from '@shared/report/report-data';
import type { Pillar } from '@shared/reference/catalogue/types';

/** Every character that breaks naive XML, plus emoji (one with a skin-tone modifier, one ZWJ sequence). */
export const HOSTILE_COMPANY = `Müller & Fils <Précision> "Lux" 'SA' 🚀 👩🏽‍🔧`;

const L = (en: string, fr: string, de: string, lb: string): LocalizedText => ({ en, fr, de, lb });

const DIMENSIONS: { id: string; title: LocalizedText; score: number; target: number; previous: number }[] = [
  { id: 'strategy', title: L('Strategy & business case', 'Stratégie et business case', 'Strategie und Business Case', 'Strategie a Business Case'), score: 45, target: 70, previous: 38 },
  { id: 'foundations', title: L('Digital foundations', 'Socle numérique', 'Digitale Grundlagen', 'Digital Grondlagen'), score: 62.5, target: 75, previous: 55 },
  { id: 'people', title: L('People & skills', 'Équipes et compétences', 'Menschen und Kompetenzen', 'Leit a Kompetenzen'), score: 30, target: 60, previous: 22.5 },
  { id: 'data', title: L('Data', 'Données', 'Daten', 'Daten'), score: 28, target: 60, previous: 20 },
  {
    id: 'ai_use',
    title: L('AI & automation use', 'Usage de l’IA et de l’automatisation', 'Einsatz von KI und Automatisierung', 'Asaz vu KI an Automatiséierung'),
    score: 22.5,
    target: 55,
    previous: 12.5,
  },
  {
    id: 'responsible',
    title: L('Responsible AI & compliance', 'IA responsable et conformité', 'Verantwortungsvolle KI und Compliance', 'Verantwortungsvoll KI a Konformitéit'),
    score: 35,
    target: 60,
    previous: 30,
  },
  { id: 'green', title: L('Green & sustainable AI', 'IA verte et durable', 'Grüne und nachhaltige KI', 'Gréng an nohalteg KI'), score: 50, target: 60, previous: 41 },
];

const QUESTIONS: { dim: string; q: LocalizedText; level: number | 'na' | 'unknown' | null; note?: LocalizedText }[] = [
  { dim: 'strategy', q: L('Is AI part of the company’s written goals?', 'L’IA fait-elle partie des objectifs écrits de l’entreprise ?', 'Ist KI Teil der schriftlichen Unternehmensziele?', 'Ass KI Deel vun de schrëftlechen Ziler vum Betrib?'), level: 2, note: L('Mentioned in the 2026 plan, no budget yet.', 'Mentionnée dans le plan 2026, pas encore de budget.', 'Im Plan 2026 erwähnt, noch kein Budget.', 'Am Plang 2026 ernimmt, nach keen Budget.') },
  { dim: 'strategy', q: L('Is one person in charge of AI topics?', 'Une personne est-elle responsable des sujets IA ?', 'Ist eine Person für KI-Themen verantwortlich?', 'Ass eng Persoun fir d’KI-Theme verantwortlech?'), level: 3 },
  { dim: 'strategy', q: L('Are AI use cases chosen by costs and benefits?', 'Les cas d’usage IA sont-ils choisis selon coûts et bénéfices ?', 'Werden KI-Anwendungsfälle nach Kosten und Nutzen ausgewählt?', 'Ginn d’KI-Use-Casen no Käschten an Notzen ausgewielt?'), level: 2 },
  { dim: 'foundations', q: L('Are the business applications in the cloud or on a maintained server?', 'Les applications métier sont-elles dans le cloud ou sur un serveur maintenu ?', 'Laufen die Geschäftsanwendungen in der Cloud oder auf einem gewarteten Server?', 'Lafen d’Betribsapplikatiounen an der Cloud oder op engem gewaarte Server?'), level: 4 },
  { dim: 'foundations', q: L('Is multi-factor authentication used for every account?', 'L’authentification multifacteur est-elle utilisée pour chaque compte ?', 'Wird für jedes Konto eine Mehr-Faktor-Authentifizierung genutzt?', 'Gëtt fir all Kont eng Multi-Faktor-Authentifikatioun benotzt?'), level: 3, note: L('Missing on the workshop PCs.', 'Absente sur les PC de l’atelier.', 'Fehlt auf den Werkstatt-PCs.', 'Feelt op de PCen am Atelier.') },
  { dim: 'foundations', q: L('Can systems exchange data without manual re-typing?', 'Les systèmes échangent-ils des données sans ressaisie manuelle ?', 'Tauschen die Systeme Daten ohne manuelles Abtippen aus?', 'Tauschen d’Systemer Daten aus, ouni se nach eng Kéier anzetippen?'), level: 2 },
  { dim: 'people', q: L('Have managers been trained on what AI can and cannot do?', 'La direction a-t-elle été formée à ce que l’IA peut et ne peut pas faire ?', 'Wurde die Führung geschult, was KI kann und was nicht?', 'Gouf d’Direktioun geschoult, wat KI ka an net ka?'), level: 1 },
  { dim: 'people', q: L('Do staff use generative AI safely, following rules?', 'Le personnel utilise-t-il l’IA générative de façon sûre, selon des règles ?', 'Nutzen die Mitarbeitenden generative KI sicher und nach Regeln?', 'Benotzt d’Personal generativ KI sécher an no Reegelen?'), level: 2 },
  { dim: 'people', q: L('Is there a budget for AI training?', 'Existe-t-il un budget pour la formation à l’IA ?', 'Gibt es ein Budget für KI-Weiterbildung?', 'Gëtt et e Budget fir KI-Formatiounen?'), level: 'unknown' },
  { dim: 'data', q: L('Is there an inventory of the company’s data sources?', 'Existe-t-il un inventaire des sources de données de l’entreprise ?', 'Gibt es ein Inventar der Datenquellen des Unternehmens?', 'Gëtt et en Inventar vun den Datequellen vum Betrib?'), level: 0, note: L('Quality data sits in Excel files on the line PCs.', 'Les données qualité sont dans des fichiers Excel sur les PC de ligne.', 'Qualitätsdaten liegen in Excel-Dateien auf den Linien-PCs.', 'D’Qualitéitsdaten leien an Excel-Fichieren op de PCen vun der Linn.') },
  { dim: 'data', q: L('Is data quality checked regularly?', 'La qualité des données est-elle vérifiée régulièrement ?', 'Wird die Datenqualität regelmäßig geprüft?', 'Gëtt d’Datequalitéit reegelméisseg kontrolléiert?'), level: 1 },
  { dim: 'data', q: L('Are there rules on who may use which data?', 'Existe-t-il des règles sur qui peut utiliser quelles données ?', 'Gibt es Regeln, wer welche Daten nutzen darf?', 'Gëtt et Reegelen, wien wéi eng Daten benotze dierf?'), level: 2 },
  { dim: 'ai_use', q: L('Is AI used in a business process today?', 'L’IA est-elle utilisée aujourd’hui dans un processus métier ?', 'Wird KI heute in einem Geschäftsprozess genutzt?', 'Gëtt KI haut an engem Betribsprozess benotzt?'), level: 1 },
  { dim: 'ai_use', q: L('Are AI solutions monitored once in use?', 'Les solutions IA sont-elles surveillées une fois en service ?', 'Werden KI-Lösungen im Betrieb überwacht?', 'Ginn KI-Léisungen am Asaz iwwerwaacht?'), level: 'na' },
  { dim: 'ai_use', q: L('Does the company know how much computing power it would need?', 'L’entreprise sait-elle de quelle puissance de calcul elle aurait besoin ?', 'Weiß das Unternehmen, wie viel Rechenleistung es bräuchte?', 'Weess de Betrib, wéi vill Rechenleeschtung e bräicht?'), level: 1 },
  { dim: 'responsible', q: L('Have the AI uses been classified under the AI Act?', 'Les usages de l’IA ont-ils été classés selon l’AI Act ?', 'Wurden die KI-Anwendungen nach dem AI Act eingestuft?', 'Goufen d’KI-Uwendungen no dem AI Act klasséiert?'), level: 1 },
  { dim: 'responsible', q: L('Is a human in charge of checking AI outputs?', 'Un humain est-il chargé de contrôler les résultats de l’IA ?', 'Prüft ein Mensch die Ergebnisse der KI?', 'Kontrolléiert e Mënsch d’Resultater vun der KI?'), level: 3 },
  { dim: 'responsible', q: L('Is personal data in AI tools covered by a GDPR analysis?', 'Les données personnelles dans les outils IA font-elles l’objet d’une analyse RGPD ?', 'Sind personenbezogene Daten in KI-Werkzeugen durch eine DSGVO-Analyse abgedeckt?', 'Sinn perséinlech Daten an KI-Tools duerch eng RGPD-Analys ofgedeckt?'), level: null },
  { dim: 'green', q: L('Is the energy use of IT measured?', 'La consommation d’énergie de l’informatique est-elle mesurée ?', 'Wird der Energieverbrauch der IT gemessen?', 'Gëtt den Energieverbrauch vun der IT gemooss?'), level: 2 },
  { dim: 'green', q: L('Is hardware chosen and reused with its footprint in mind?', 'Le matériel est-il choisi et réemployé en tenant compte de son empreinte ?', 'Wird Hardware mit Blick auf ihren Fußabdruck ausgewählt und weiterverwendet?', 'Gëtt Hardware mat Bléck op hiren Ofdrock ausgewielt a weiderbenotzt?'), level: 3 },
  { dim: 'green', q: L('Does the company use digital tools to cut its own waste?', 'L’entreprise utilise-t-elle le numérique pour réduire ses propres déchets ?', 'Nutzt das Unternehmen digitale Werkzeuge, um eigenen Ausschuss zu senken?', 'Benotzt de Betrib digital Tools, fir säin eegenen Offall ze reduzéieren?'), level: 2, note: L('Scrap rate 4.2 % on line 2.', 'Taux de rebut de 4,2 % sur la ligne 2.', 'Ausschussquote 4,2 % an Linie 2.', 'Offallquote 4,2 % op der Linn 2.') },
];

const LEVEL_LABELS: Record<Locale, string[]> = {
  en: ['0 – Nothing in place', '1 – Discussed, not started', '2 – Started in one team', '3 – In place and documented', '4 – Measured and managed', '5 – Continuously improved'],
  fr: ['0 – Rien en place', '1 – Évoqué, pas commencé', '2 – Lancé dans une équipe', '3 – En place et documenté', '4 – Mesuré et piloté', '5 – Amélioré en continu'],
  de: ['0 – Nichts vorhanden', '1 – Besprochen, nicht begonnen', '2 – In einem Team begonnen', '3 – Eingeführt und dokumentiert', '4 – Gemessen und gesteuert', '5 – Laufend verbessert'],
  lb: ['0 – Näischt virhanen', '1 – Diskutéiert, net ugefaangen', '2 – An enger Equipe ugefaangen', '3 – Agefouert an dokumentéiert', '4 – Gemooss a gesteiert', '5 – Permanent verbessert'],
};
const NOT_APPLICABLE = L('Not applicable', 'Non applicable', 'Nicht zutreffend', 'Net zoutreffend');
const DONT_KNOW = L('Don’t know', 'Je ne sais pas', 'Weiß nicht', 'Weess net');

interface InitiativeSeed {
  title: LocalizedText;
  pillar: Pillar;
  dims: string[];
  start: number;
  duration: number;
  costEuros: number;
  benefitEuros: number | null;
  kpi: LocalizedText | null;
  owner: LocalizedText | null;
  reason: LocalizedText;
  aiAct: { risk: ReportAiAct['risk']; ref: string | null; obligations: LocalizedText[] } | null;
}

const MANAGEMENT = L('Management', 'Direction', 'Geschäftsführung', 'Direktioun');
const QUALITY = L('Quality manager', 'Responsable qualité', 'Qualitätsleitung', 'Qualitéitsverantwortlechen');
const IT = L('IT partner', 'Prestataire informatique', 'IT-Dienstleister', 'IT-Prestataire');

const INITIATIVES: InitiativeSeed[] = [
  {
    title: L('AI literacy for managers (C-level awareness)', 'Acculturation IA des dirigeants (sensibilisation de la direction)', 'KI-Kompetenz für Führungskräfte (Sensibilisierung der Geschäftsleitung)', 'KI-Kompetenz fir d’Direktioun an d’Cadren (Sensibiliséierung)'),
    pillar: 'upskill', dims: ['people', 'strategy'], start: 0, duration: 2, costEuros: 4500, benefitEuros: null,
    kpi: L('All 6 managers trained', 'Les 6 cadres formés', 'Alle 6 Führungskräfte geschult', 'All 6 Cadre geschoult'), owner: MANAGEMENT,
    reason: L('People & skills: 30 vs target 60; managers not trained', 'Équipes et compétences : 30 pour un objectif de 60 ; direction non formée', 'Menschen und Kompetenzen: 30 bei Ziel 60; Führung nicht geschult', 'Leit a Kompetenzen: 30 bei engem Zil vu 60; Direktioun net geschoult'),
    aiAct: null,
  },
  {
    title: L('Data inventory and quality audit', 'Inventaire des données et audit de qualité', 'Dateninventar und Datenqualitäts-Audit', 'Inventar vun den Donnéeën an Audit vun hirer Qualitéit'),
    pillar: 'assess', dims: ['data'], start: 0, duration: 3, costEuros: 12000, benefitEuros: null,
    kpi: L('20 main data sources listed with owner and quality score', '20 sources principales recensées avec responsable et note de qualité', '20 wichtigste Datenquellen mit Verantwortlichem und Qualitätsnote erfasst', '20 wichtegst Datequelle mat Responsabel a Qualitéitsnot erfaasst'), owner: QUALITY,
    reason: L('Data: 28 vs target 60; no data inventory', 'Données : 28 pour un objectif de 60 ; pas d’inventaire des données', 'Daten: 28 bei Ziel 60; kein Dateninventar', 'Daten: 28 bei engem Zil vu 60; keen Dateninventar'),
    aiAct: null,
  },
  {
    title: L('Apply for Fit 4 AI with an approved consultant', 'Demander Fit 4 AI avec un consultant agréé', 'Fit 4 AI mit einem zugelassenen Berater beantragen', 'Fit 4 AI mat engem agrééierte Consultant ufroen'),
    pillar: 'fund', dims: ['strategy'], start: 1, duration: 2, costEuros: 2000, benefitEuros: null, kpi: null, owner: MANAGEMENT,
    reason: L('Strategy & business case: 45 vs target 70; no budget for AI', 'Stratégie et business case : 45 pour un objectif de 70 ; pas de budget IA', 'Strategie und Business Case: 45 bei Ziel 70; kein KI-Budget', 'Strategie a Business Case: 45 bei engem Zil vu 70; keen KI-Budget'),
    aiAct: null,
  },
  {
    title: L('AI Act risk classification of use cases and AI register', 'Classification des cas d’usage selon l’AI Act et registre IA', 'Risikoeinstufung der Anwendungsfälle nach AI Act und KI-Register', 'Risikoklassifizéierung vun de Use-Casen no dem AI Act a KI-Register'),
    pillar: 'assess', dims: ['responsible'], start: 2, duration: 2, costEuros: 6000, benefitEuros: null,
    kpi: L('Every AI use case classified and registered', 'Chaque cas d’usage IA classé et enregistré', 'Jeder KI-Anwendungsfall eingestuft und erfasst', 'All KI-Use-Case klasséiert an erfaasst'), owner: MANAGEMENT,
    reason: L('Responsible AI & compliance: 35 vs target 60; uses not classified', 'IA responsable et conformité : 35 pour un objectif de 60 ; usages non classés', 'Verantwortungsvolle KI und Compliance: 35 bei Ziel 60; Anwendungen nicht eingestuft', 'Verantwortungsvoll KI a Konformitéit: 35 bei engem Zil vu 60; Uwendungen net klasséiert'),
    aiAct: null,
  },
  {
    title: L('Connect with the University of Luxembourg or LIST on a use case', 'Prendre contact avec l’Université du Luxembourg ou le LIST pour un cas d’usage', 'Kontakt mit der Universität Luxemburg oder dem LIST zu einem Anwendungsfall', 'Kontakt mat der Uni Lëtzebuerg oder dem LIST zu engem Use-Case'),
    pillar: 'connect', dims: ['ai_use'], start: 3, duration: 3, costEuros: 1500, benefitEuros: null, kpi: null, owner: MANAGEMENT,
    reason: L('AI & automation use: 22.5 vs target 55; no external partner', 'Usage de l’IA : 22,5 pour un objectif de 55 ; pas de partenaire externe', 'Einsatz von KI: 22,5 bei Ziel 55; kein externer Partner', 'Asaz vu KI: 22,5 bei engem Zil vu 55; keen externe Partner'),
    aiAct: null,
  },
  {
    title: L('Computer-vision quality-control pilot on one production line', 'Pilote de contrôle qualité par vision industrielle sur une ligne de production', 'Pilot zur Qualitätskontrolle mit Bildverarbeitung an einer Produktionslinie', 'Pilot fir Qualitéitskontroll mat Bilderkennung op enger Produktiounslinn'),
    pillar: 'build_test', dims: ['ai_use', 'data'], start: 4, duration: 6, costEuros: 85000, benefitEuros: 60000,
    kpi: L('Scrap rate on line 2 from 4.2 % to 2.5 %', 'Taux de rebut de la ligne 2 de 4,2 % à 2,5 %', 'Ausschussquote Linie 2 von 4,2 % auf 2,5 %', 'Offallquote Linn 2 vu 4,2 % op 2,5 %'), owner: QUALITY,
    reason: L('AI & automation use: 22.5 vs target 55; no AI in production', 'Usage de l’IA : 22,5 pour un objectif de 55 ; pas d’IA en production', 'Einsatz von KI: 22,5 bei Ziel 55; keine KI in der Produktion', 'Asaz vu KI: 22,5 bei engem Zil vu 55; keng KI an der Produktioun'),
    aiAct: { risk: 'minimal', ref: null, obligations: [L('Keep a log of model versions and test results', 'Tenir un journal des versions du modèle et des résultats de test', 'Modellversionen und Testergebnisse protokollieren', 'Modellversiounen an Testresultater protokolléieren')] },
  },
  {
    title: L('AI champions network and change support', 'Réseau de référents IA et accompagnement du changement', 'Netzwerk von KI-Champions und Begleitung des Wandels', 'Netzwierk vu KI-Championen a Begleedung vum Changement'),
    pillar: 'upskill', dims: ['people'], start: 5, duration: 6, costEuros: 7500, benefitEuros: null,
    kpi: L('One champion per team', 'Un référent par équipe', 'Ein Champion pro Team', 'Ee Champion pro Equipe'), owner: L('HR', 'Ressources humaines', 'Personalabteilung', 'Personalservice'),
    reason: L('People & skills: 30 vs target 60; no training budget known', 'Équipes et compétences : 30 pour un objectif de 60 ; budget de formation inconnu', 'Menschen und Kompetenzen: 30 bei Ziel 60; Weiterbildungsbudget unbekannt', 'Leit a Kompetenzen: 30 bei engem Zil vu 60; Formatiounsbudget onbekannt'),
    aiAct: null,
  },
  {
    title: L('Customer-service chatbot for frequent questions', 'Chatbot de service client pour les questions fréquentes', 'Kundenservice-Chatbot für häufige Fragen', 'Chatbot fir de Clientsservice bei heefege Froen'),
    pillar: 'build_test', dims: ['ai_use'], start: 6, duration: 4, costEuros: 25000, benefitEuros: 18000,
    kpi: L('40 % of e-mail questions answered automatically', '40 % des questions par e-mail traitées automatiquement', '40 % der E-Mail-Anfragen automatisch beantwortet', '40 % vun den E-Mail-Froen automatesch beäntwert'), owner: L('Sales office', 'Service commercial', 'Vertriebsinnendienst', 'Verkafsbüro'),
    reason: L('AI & automation use: 22.5 vs target 55; repetitive customer questions', 'Usage de l’IA : 22,5 pour un objectif de 55 ; questions clients répétitives', 'Einsatz von KI: 22,5 bei Ziel 55; wiederkehrende Kundenfragen', 'Asaz vu KI: 22,5 bei engem Zil vu 55; ëmmer déiselwecht Clientsfroen'),
    aiAct: { risk: 'limited', ref: 'Art. 50(1)', obligations: [L('Tell users that they are talking to an AI system', 'Informer les utilisateurs qu’ils échangent avec un système d’IA', 'Nutzer informieren, dass sie mit einem KI-System sprechen', 'De Benotzer soen, datt se mat engem KI-System schwätzen')] },
  },
  {
    title: L('Demand forecasting pilot for purchasing and stock', 'Pilote de prévision de la demande pour les achats et les stocks', 'Pilot zur Bedarfsprognose für Einkauf und Lager', 'Pilot fir d’Prognos vun der Nofro fir den Akaf an de Stock'),
    pillar: 'build_test', dims: ['ai_use', 'data'], start: 8, duration: 5, costEuros: 28000, benefitEuros: 35000,
    kpi: L('Stock of raw steel down 15 %', 'Stock d’acier brut réduit de 15 %', 'Rohstahlbestand um 15 % gesenkt', 'Stock u Stol ëm 15 % erofgesat'), owner: L('Purchasing', 'Achats', 'Einkauf', 'Akaf'),
    reason: L('Data: 28 vs target 60; purchasing planned by hand', 'Données : 28 pour un objectif de 60 ; achats planifiés à la main', 'Daten: 28 bei Ziel 60; Einkauf von Hand geplant', 'Daten: 28 bei engem Zil vu 60; Akaf mat der Hand geplangt'),
    aiAct: { risk: 'unclassified', ref: null, obligations: [] },
  },
  {
    title: L('Pre-screening of job applications with AI', 'Présélection des candidatures par l’IA', 'KI-gestützte Vorauswahl von Bewerbungen', 'Virauswiel vu Bewerbunge mat KI'),
    pillar: 'build_test', dims: ['people', 'responsible'], start: 9, duration: 4, costEuros: 30000, benefitEuros: 12000,
    kpi: L('Time to shortlist from 3 weeks to 1', 'Délai de présélection de 3 semaines à 1', 'Zeit bis zur Vorauswahl von 3 auf 1 Woche', 'Zäit bis zur Virauswiel vun 3 op 1 Woch'), owner: L('HR', 'Ressources humaines', 'Personalabteilung', 'Personalservice'),
    reason: L('People & skills: 30 vs target 60; hiring is slow', 'Équipes et compétences : 30 pour un objectif de 60 ; recrutement lent', 'Menschen und Kompetenzen: 30 bei Ziel 60; Einstellungen dauern lange', 'Leit a Kompetenzen: 30 bei engem Zil vu 60; Astellunge daueren ze laang'),
    aiAct: {
      risk: 'high',
      ref: 'Annex III, 4(a)',
      obligations: [
        L('Risk management and data governance before use', 'Gestion des risques et gouvernance des données avant usage', 'Risikomanagement und Daten-Governance vor dem Einsatz', 'Risikomanagement an Daten-Gouvernance virum Asaz'),
        L('Human oversight of every decision', 'Contrôle humain de chaque décision', 'Menschliche Aufsicht über jede Entscheidung', 'Mënschlech Kontroll vun all Decisioun'),
        L('Inform workers’ representatives and applicants', 'Informer les représentants du personnel et les candidats', 'Arbeitnehmervertretung und Bewerber informieren', 'D’Personaldelegatioun an d’Kandidaten informéieren'),
      ],
    },
  },
  {
    title: L('MeluXina-AI Playground access for a first fine-tuning test', 'Accès au Playground MeluXina-AI pour un premier test de fine-tuning', 'MeluXina-AI-Playground-Zugang für einen ersten Fine-Tuning-Test', 'Accès zum MeluXina-AI-Playground fir en éischten Fine-Tuning-Test'),
    pillar: 'build_test', dims: ['ai_use', 'green'], start: 10, duration: 3, costEuros: 9000, benefitEuros: null, kpi: null, owner: IT,
    reason: L('AI & automation use: 22.5 vs target 55; compute needs unknown', 'Usage de l’IA : 22,5 pour un objectif de 55 ; besoins de calcul inconnus', 'Einsatz von KI: 22,5 bei Ziel 55; Rechenbedarf unbekannt', 'Asaz vu KI: 22,5 bei engem Zil vu 55; Rechebedarf onbekannt'),
    aiAct: { risk: 'minimal', ref: null, obligations: [] },
  },
  {
    title: L('MLOps monitoring and drift alerts', 'Supervision MLOps et alertes de dérive', 'MLOps-Überwachung und Drift-Warnungen', 'MLOps-Iwwerwaachung an Drift-Alarmer'),
    pillar: 'scale_execute', dims: ['ai_use', 'foundations'], start: 12, duration: 6, costEuros: 20000, benefitEuros: 8000,
    kpi: L('Drift detected within one week', 'Dérive détectée en moins d’une semaine', 'Drift innerhalb einer Woche erkannt', 'Drift bannent enger Woch erkannt'), owner: IT,
    reason: L('Digital foundations: 62.5 vs target 75; models not monitored', 'Socle numérique : 62,5 pour un objectif de 75 ; modèles non surveillés', 'Digitale Grundlagen: 62,5 bei Ziel 75; Modelle nicht überwacht', 'Digital Grondlagen: 62,5 bei engem Zil vu 75; Modeller net iwwerwaacht'),
    aiAct: null,
  },
];

function initiative(seed: InitiativeSeed, locale: Locale, dimTitle: (id: string) => string): ReportInitiative {
  return {
    title: seed.title[locale],
    pillar: seed.pillar,
    dimensionTitles: seed.dims.map(dimTitle),
    startMonth: seed.start,
    durationMonths: seed.duration,
    costCents: seed.costEuros * 100,
    expectedBenefitCentsPerYear: seed.benefitEuros === null ? null : seed.benefitEuros * 100,
    kpi: seed.kpi?.[locale] ?? null,
    owner: seed.owner?.[locale] ?? null,
    reason: seed.reason[locale],
    aiAct: seed.aiAct ? { risk: seed.aiAct.risk, ref: seed.aiAct.ref, obligations: seed.aiAct.obligations.map((o) => o[locale]) } : null,
  };
}

/** Simple payback (months) as the roadmap module computes it. */
export function totalsOf(initiatives: readonly ReportInitiative[]): ReportData['roadmap']['totals'] {
  const costCents = initiatives.reduce((s, i) => s + i.costCents, 0);
  const withBenefit = initiatives.filter((i) => i.expectedBenefitCentsPerYear !== null);
  const benefit = withBenefit.reduce((s, i) => s + (i.expectedBenefitCentsPerYear ?? 0), 0);
  return {
    costCents,
    benefitCentsPerYear: withBenefit.length ? benefit : null,
    paybackMonths: benefit > 0 ? Math.round((costCents / benefit) * 12 * 10) / 10 : null,
  };
}

export interface FixtureOptions {
  companyName?: string;
  /** Number of initiatives (the 12 seeds repeated as later phases, spread over the horizon). */
  initiativeCount?: number;
}

export function reportFixture(locale: Locale, options: FixtureOptions = {}): ReportData {
  const dimTitle = (id: string) => DIMENSIONS.find((d) => d.id === id)!.title[locale];
  const dimensions: ReportDimension[] = DIMENSIONS.map((d) => ({ id: d.id, title: d.title[locale], score: d.score, target: d.target, gap: d.target - d.score }));
  const overall = Math.round((DIMENSIONS.reduce((s, d) => s + d.score, 0) / DIMENSIONS.length) * 10) / 10;
  const previousOverall = Math.round((DIMENSIONS.reduce((s, d) => s + d.previous, 0) / DIMENSIONS.length) * 10) / 10;

  const count = options.initiativeCount ?? INITIATIVES.length;
  const phase = L('phase {{n}}', 'phase {{n}}', 'Phase {{n}}', 'Phas {{n}}');
  const horizon = count > INITIATIVES.length ? 24 : 18;
  const initiatives: ReportInitiative[] = Array.from({ length: count }, (_, k) => {
    const seed = INITIATIVES[k % INITIATIVES.length];
    const round = Math.floor(k / INITIATIVES.length);
    const base = initiative(seed, locale, dimTitle);
    if (round === 0) return base;
    const start = Math.min(horizon - 2, seed.start + round * 3);
    return {
      ...base,
      title: `${base.title} (${phase[locale].replace('{{n}}', String(round + 1))})`,
      startMonth: start,
      durationMonths: Math.min(seed.duration, horizon - start),
    };
  });

  const appendix: ReportAppendixEntry[] = QUESTIONS.map((q) => ({
    dimensionTitle: dimTitle(q.dim),
    question: q.q[locale],
    answerLabel: q.level === null ? null : q.level === 'na' ? NOT_APPLICABLE[locale] : q.level === 'unknown' ? DONT_KNOW[locale] : LEVEL_LABELS[locale][q.level],
    note: q.note?.[locale] ?? null,
  }));

  const totals = totalsOf(initiatives);
  const fit4ai = { schemeId: 'fit4ai-announced', name: 'Fit 4 AI', aidCents: 5_000_000, unconfirmed: true };
  const cashback = {
    schemeId: 'meluxina-cashback',
    name: L('MeluXina cashback 80 %', 'Remboursement MeluXina 80 %', 'MeluXina-Cashback 80 %', 'MeluXina-Cashback 80 %')[locale],
    aidCents: 72_000,
    unconfirmed: true,
  };
  const smePackage = { schemeId: 'sme-package-ai', name: 'SME Package', aidCents: 500_000, unconfirmed: false };

  return {
    locale,
    generatedAt: '2026-03-02T10:30:00Z',
    advisorName: 'Luc Hoffmann',
    client: {
      name: options.companyName ?? HOSTILE_COMPANY,
      rcsNumber: 'B123456',
      commune: 'Esch-sur-Alzette',
      naceCode: 'C25.62',
      naceLabel: L('Machining', 'Usinage', 'Mechanik a. n. g.', 'Mechanesch Bearbechtung')[locale],
      sizeClass: 'small',
    },
    assessment: {
      finalisedAt: '2026-02-20',
      heldOn: '2026-02-18',
      participants: [
        { name: 'Anne Muller', role: L('Managing director', 'Gérante', 'Geschäftsführerin', 'Gérante')[locale] },
        { name: 'Paul Weber', role: '' },
      ],
      revision: 1,
      instrumentVersion: '2026.1',
      overall,
      level: 'adopted',
      dmaBand: 'average',
      confidence: 18 / 20,
      counts: { answered: 18, notApplicable: 1, unknown: 1, unanswered: 1, total: 21 },
      dimensions,
      strongestId: 'foundations',
      weakestId: 'ai_use',
      previous: { finalisedAt: '2025-03-10', overall: previousOverall, dimensions: DIMENSIONS.map((d) => ({ id: d.id, score: d.previous })) },
      progress: [
        { label: 'T0', finalisedAt: '2025-03-10', overall: previousOverall },
        { label: 'T1', finalisedAt: '2026-02-20', overall },
      ],
    },
    peers: {
      count: 14,
      computedAt: '2026-02-25T08:00:00Z',
      overall: { mean: 41.2, median: 39.5, p25: 30.1, p75: 52.4 },
      dimensions: DIMENSIONS.map((d, i) => ({ id: d.id, mean: 40 + i, median: 38 + i * 2, p25: 28 + i, p75: 50 + i })),
    },
    roadmap: { revision: 2, horizonMonths: horizon, startsOn: '2026-04-01', initiatives, totals },
    funding: {
      scenarios: [
        {
          name: L('Fit 4 AI only', 'Fit 4 AI seul', 'Nur Fit 4 AI', 'Just Fit 4 AI')[locale],
          schemes: [fit4ai],
          totalCostCents: totals.costCents,
          totalAidCents: fit4ai.aidCents,
          netCostCents: totals.costCents - fit4ai.aidCents,
        },
        {
          name: L('Fit 4 AI + cashback', 'Fit 4 AI + remboursement', 'Fit 4 AI + Cashback', 'Fit 4 AI + Cashback')[locale],
          schemes: [fit4ai, cashback],
          totalCostCents: totals.costCents,
          totalAidCents: fit4ai.aidCents + cashback.aidCents,
          netCostCents: totals.costCents - fit4ai.aidCents - cashback.aidCents,
        },
        {
          name: 'SME Package',
          schemes: [smePackage],
          totalCostCents: totals.costCents,
          totalAidCents: smePackage.aidCents,
          netCostCents: totals.costCents - smePackage.aidCents,
        },
      ],
    },
    gpu: {
      hardwareLabel: L('MeluXina · 4× A100-40GB per node', 'MeluXina · 4× A100-40GB par nœud', 'MeluXina · 4× A100-40GB pro Knoten', 'MeluXina · 4× A100-40GB pro Node')[locale],
      workloads: [
        { label: L('LoRA fine-tune · Llama-3.1-8B', 'Fine-tuning LoRA · Llama-3.1-8B', 'LoRA-Fine-Tuning · Llama-3.1-8B', 'LoRA-Fine-Tuning · Llama-3.1-8B')[locale], gpuHours: { low: 180, expected: 420, high: 1150 }, gpusPerJob: 1, peakMemoryGiB: 31.2 },
        { label: L('Batch inference · Llama-3.1-8B', 'Inférence par lots · Llama-3.1-8B', 'Batch-Inferenz · Llama-3.1-8B', 'Batch-Inferenz · Llama-3.1-8B')[locale], gpuHours: { low: 40, expected: 90, high: 210 }, gpusPerJob: 1, peakMemoryGiB: 22.4 },
      ],
      totalGpuHours: { low: 220, expected: 510, high: 1360 },
      nodeHours: 128,
      costBeforeCashbackCents: 52_500,
      cashbackCents: 42_000,
      costAfterCashbackCents: 10_500,
      energyKwh: 245,
      co2eKg: 84,
      carbonBasis: L(
        'Luxembourg grid, location-based, 344 g CO2e/kWh (2023, lowcarbonpower.org)',
        'réseau luxembourgeois, approche territoriale, 344 g CO2e/kWh (2023, lowcarbonpower.org)',
        'luxemburgisches Netz, standortbasiert, 344 g CO2e/kWh (2023, lowcarbonpower.org)',
        'lëtzebuerger Netz, standuertbaséiert, 344 g CO2e/kWh (2023, lowcarbonpower.org)',
      )[locale],
      accessMode: 'playground',
      unconfirmed: true,
      computeRequest: {
        projectTitle: L('Fine-tuning a quality assistant', 'Fine-tuning d’un assistant qualité', 'Fine-Tuning eines Qualitätsassistenten', 'Fine-Tuning vun engem Qualitéitsassistent')[locale],
        revision: 1,
        status: 'approved',
        allocation: { gpuHours: 2000, system: 'MeluXina-AI', validFrom: '2026-06-01', validUntil: '2026-08-31' },
        reviewerMessage: null,
      },
    },
    signOff: {
      name: 'Claire Weber',
      role: L('Managing director', 'Gérante', 'Geschäftsführerin', 'Geschäftsféierin')[locale],
      date: '2026-03-02',
      revision: 2,
    },
    appendix,
  };
}

/** Every initiative title of a fixture (what the document must contain). */
export const initiativeTitles = (data: ReportData) => data.roadmap.initiatives.map((i) => i.title);
