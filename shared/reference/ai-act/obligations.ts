/**
 * EU AI Act (Regulation (EU) 2024/1689) reference data for the triage: what each tier obliges the company to do, and the dates of application with their sources.
 * https://eur-lex.europa.eu/eli/reg/2024/1689/oj — the rules that use it are shared/domain/ai-act.ts.
 */
import type { LocalizedText } from '../../locale';
import type { AiActDateRule, AiActDateRuleId, AiActObligationId } from './types';

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
