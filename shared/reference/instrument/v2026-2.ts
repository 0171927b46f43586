/**
 * AI maturity instrument, version 2026.2 (7 dimensions, 38 items, about 55 minutes in a workshop).
 *
 * What changed from 2026.1 (issue 10), and why:
 * - Rules on which data may go into AI tools are asked once, in `responsible.policy`. 2026.1 also
 *   counted them in `ai_use.genai` (option `data_rules`) and `responsible.gdpr` (option `ai_inputs`)
 *   and hinted at them in `people.literacy`: one practice scored three times.
 * - `ai_use.genai` mixed how widely generative AI is used with whether it is used safely. It is split
 *   into `ai_use.genai_use` (breadth of use) and `ai_use.genai_controls` (safe-use controls); the old
 *   id is not reused because its meaning changed.
 * - New items an advisor expects: AI in the company's own offer (`strategy.ai_offer`), measuring
 *   benefits after launch (`strategy.benefits`), AI security (`foundations.ai_security`), AI vendor
 *   and contract due diligence (`responsible.vendors`), IP and copyright of generated output
 *   (`responsible.ip_output`). Levels that measured benefits elsewhere (business case, pilots,
 *   automation) no longer do, so benefits are counted once.
 * - AI literacy (art. 4) is worded as amended by the Digital Omnibus on AI: a duty to take measures
 *   to support it.
 * - `answerRules` states how to pick an answer (presenter help).
 *
 * Items whose meaning is unchanged are the 2026.1 objects themselves (same id, same text), so a
 * comparison across versions stays like for like on them. 2026.1 is never edited (its content is
 * pinned by a hash in test/unit/instrument.test.ts).
 */
import type { Instrument, InstrumentSource, Item, ScaleLevels } from './types';
import { INSTRUMENT_2026_1 } from './v2026-1';

/** The 2026.1 item with that id (throws at load time if it is missing: a typo must not ship). */
function from2026_1(id: string): Item {
  const item = INSTRUMENT_2026_1.items.find((i) => i.id === id);
  if (!item) throw new Error(`Instrument 2026.1 has no item ${id}`);
  return item;
}

/** A 2026.1 scale item with some levels reworded (index 0..5 → new text). */
function withLevels(id: string, changes: Partial<Record<0 | 1 | 2 | 3 | 4 | 5, ScaleLevels[number]>>): Item {
  const base = from2026_1(id);
  if (base.format.kind !== 'scale') throw new Error(`${id} is not a scale item`);
  const levels = base.format.levels.map((level, i) => changes[i as 0] ?? level) as unknown as ScaleLevels;
  return { ...base, format: { kind: 'scale', levels } };
}

const SOURCES: readonly InstrumentSource[] = INSTRUMENT_2026_1.sources.map((s) =>
  s.id !== 'ai_act'
    ? s
    : {
        ...s,
        usedFor: {
          en: 'Risk classes, transparency duties, provider and deployer roles, and AI literacy (art. 4: take measures to support it, as amended by the Digital Omnibus on AI).',
          fr: 'Classes de risque, obligations de transparence, rôles de fournisseur et de déployeur, et maîtrise de l’IA (art. 4 : prendre des mesures pour la soutenir, tel que modifié par l’omnibus numérique sur l’IA).',
          de: 'Risikoklassen, Transparenzpflichten, die Rollen Anbieter und Betreiber sowie KI-Kompetenz (Art. 4: Maßnahmen zu ihrer Förderung ergreifen, in der Fassung des digitalen Omnibus zur KI).',
          lb: 'Risikoklassen, Transparenzflichten, d’Rolle vum Ubidder a vum Deployer, an KI-Kompetenz (Art. 4: Moossnamen huelen, fir se ze ënnerstëtzen, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet).',
        },
      },
);

// ---------------------------------------------------------------------------------------------
// Strategy & business case
// ---------------------------------------------------------------------------------------------
const AI_OFFER: Item = {
  id: 'strategy.ai_offer',
  dimensionId: 'strategy',
  weight: 2,
  sourceIds: ['mitre', 'dma'],
  question: {
    en: 'Does AI play a part in what you sell: your products, services or offer to clients?',
    fr: 'L’IA a-t-elle une place dans ce que vous vendez : vos produits, vos services, votre offre aux clients ?',
    de: 'Spielt KI eine Rolle in dem, was Sie verkaufen: Ihren Produkten, Dienstleistungen oder Ihrem Angebot?',
    lb: 'Spillt KI eng Roll an deem, wat Dir verkaaft: Äre Produiten, Servicer oder Ärer Offer fir d’Clienten?',
  },
  help: {
    en: 'AI is not only a tool for the back office: clients may expect it in the offer, and a company that sells an AI feature takes on the duties of a provider. Choose “not applicable” only if the offer cannot involve AI.',
    fr: 'L’IA n’est pas seulement un outil interne : les clients peuvent l’attendre dans l’offre, et une entreprise qui vend une fonction d’IA en assume les obligations de fournisseur. Choisissez « non applicable » seulement si l’offre ne peut pas faire appel à l’IA.',
    de: 'KI ist nicht nur ein Werkzeug für das Backoffice: Kunden erwarten sie womöglich im Angebot, und wer eine KI-Funktion verkauft, übernimmt die Pflichten eines Anbieters. Wählen Sie „nicht zutreffend“ nur, wenn das Angebot keine KI enthalten kann.',
    lb: 'KI ass net nëmmen e Tool fir de Backoffice: d’Clienten erwaarde se vläicht an der Offer, an e Betrib, deen eng KI-Funktioun verkeeft, iwwerhëlt d’Flichte vun engem Ubidder. Wielt „net zoutreffend“ nëmmen, wann d’Offer keng KI enthale kann.',
  },
  format: {
    kind: 'scale',
    levels: [
      {
        en: 'AI has never been considered for the company’s products or services.',
        fr: 'L’IA n’a jamais été envisagée pour les produits ou services de l’entreprise.',
        de: 'KI wurde für die Produkte oder Dienstleistungen des Unternehmens nie in Betracht gezogen.',
        lb: 'KI gouf fir d’Produiten oder Servicer vum Betrib ni a Betruecht gezunn.',
      },
      {
        en: 'Clients or competitors have mentioned AI features, but nobody has looked at what they would mean for the offer.',
        fr: 'Des clients ou des concurrents ont évoqué des fonctions d’IA, mais personne n’a examiné ce qu’elles changeraient pour l’offre.',
        de: 'Kunden oder Wettbewerber haben KI-Funktionen erwähnt, aber niemand hat geprüft, was sie für das Angebot bedeuten würden.',
        lb: 'Clienten oder Konkurrenten hunn KI-Funktiounen ernimmt, mä kee Mënsch huet gekuckt, wat se fir d’Offer géife bedeiten.',
      },
      {
        en: 'Ideas for AI in the offer exist (e.g. a smarter quote configurator, a service built on AI), but none has been tested with clients.',
        fr: 'Des idées d’IA dans l’offre existent (p. ex. un configurateur de devis plus intelligent, un service fondé sur l’IA), mais aucune n’a été testée avec des clients.',
        de: 'Ideen für KI im Angebot gibt es (z. B. ein intelligenterer Angebotskonfigurator, ein Dienst auf KI-Basis), aber keine wurde mit Kunden getestet.',
        lb: 'Et gëtt Iddie fir KI an der Offer (z. B. e méi intelligente Konfigurator fir Offeren, e Service op Basis vu KI), mä keng gouf mat Clienten getest.',
      },
      {
        en: 'One AI feature or service has been tested with real clients, and a decision on whether to continue has been recorded.',
        fr: 'Une fonction ou un service d’IA a été testé avec de vrais clients, et la décision de poursuivre ou non a été consignée.',
        de: 'Eine KI-Funktion oder ein KI-Dienst wurde mit echten Kunden getestet, und die Entscheidung über das Weitermachen ist festgehalten.',
        lb: 'Eng KI-Funktioun oder e KI-Service gouf mat richtege Clienten getest, an d’Decisioun, ob et weidergeet, ass festgehalen.',
      },
      {
        en: 'At least one product or service with AI is sold; its role and limits are explained to clients, and the company knows its duties as provider.',
        fr: 'Au moins un produit ou service intégrant de l’IA est vendu ; son rôle et ses limites sont expliqués aux clients, et l’entreprise connaît ses obligations de fournisseur.',
        de: 'Mindestens ein Produkt oder Dienst mit KI wird verkauft; seine Rolle und Grenzen werden den Kunden erklärt, und das Unternehmen kennt seine Pflichten als Anbieter.',
        lb: 'Mindestens e Produit oder Service mat KI gëtt verkaf; seng Roll a seng Grenze ginn de Clienten erkläert, an de Betrib kennt seng Flichten als Ubidder.',
      },
      {
        en: 'AI is a planned part of the product range: new offers are designed with AI from the start, and their revenue is tracked.',
        fr: 'L’IA fait partie de la gamme de manière planifiée : les nouvelles offres sont conçues avec l’IA dès le départ et leur chiffre d’affaires est suivi.',
        de: 'KI ist fester Bestandteil der Produktplanung: Neue Angebote werden von Anfang an mit KI entworfen, und ihr Umsatz wird verfolgt.',
        lb: 'KI ass e geplangten Deel vun der Produitspalette: nei Offere gi vun Ufank un mat KI konzipéiert, an hiren Ëmsaz gëtt suivéiert.',
      },
    ],
  },
};

const BUSINESS_CASE = withLevels('strategy.business_case', {
  // 2026.1 levels 4 and 5 measured results after go-live, which `strategy.benefits` now asks.
  4: {
    en: 'Management approves each business case before money is spent; assumptions are written down with a go/no-go threshold.',
    fr: 'La direction approuve chaque business case avant toute dépense ; les hypothèses sont écrites, avec un seuil de décision (go/no-go).',
    de: 'Die Geschäftsleitung genehmigt jeden Business Case, bevor Geld ausgegeben wird; die Annahmen sind schriftlich festgehalten, mit einer Go/No-Go-Schwelle.',
    lb: 'D’Direktioun geneemegt all Business Case, ier Sue ausgi ginn; d’Hypothesen sinn opgeschriwwen, mat enger Go/No-Go-Schwell.',
  },
  5: {
    en: 'Business cases reuse figures from past projects and include risks and funding; projects are compared on the same basis before choosing what to do next.',
    fr: 'Les business cases s’appuient sur les chiffres des projets passés et intègrent risques et aides ; les projets sont comparés sur la même base avant de choisir la suite.',
    de: 'Business Cases nutzen Zahlen aus früheren Projekten und berücksichtigen Risiken und Förderungen; Projekte werden auf derselben Grundlage verglichen, bevor über die nächsten Schritte entschieden wird.',
    lb: 'Business Cases benotzen Zuele vu fréiere Projeten a berécksiichtege Risiken a Fërderungen; d’Projete ginn op där selwechter Basis verglach, ier decidéiert gëtt, wat duerno kënnt.',
  },
});

const BENEFITS: Item = {
  id: 'strategy.benefits',
  dimensionId: 'strategy',
  weight: 2,
  sourceIds: ['mitre'],
  question: {
    en: 'Once an AI tool or solution is running, how do you measure what it actually brings?',
    fr: 'Une fois un outil ou une solution d’IA en service, comment mesurez-vous ce qu’il apporte réellement ?',
    de: 'Wenn ein KI-Werkzeug oder eine KI-Lösung läuft: Wie messen Sie, was sie tatsächlich bringt?',
    lb: 'Wann e KI-Tool oder eng KI-Léisung emol leeft: wéi moosst Dir, wat se wierklech bréngt?',
  },
  help: {
    en: 'Licences keep running whether a tool helps or not. Measuring after launch shows what to keep, fix or stop, and gives the figures for the next funding application. Choose “not applicable” if no AI is in use yet.',
    fr: 'Les licences courent, que l’outil aide ou non. Mesurer après la mise en service montre ce qu’il faut garder, corriger ou arrêter, et fournit les chiffres de la prochaine demande d’aide. Choisissez « non applicable » si aucune IA n’est encore utilisée.',
    de: 'Lizenzen laufen weiter, ob ein Werkzeug hilft oder nicht. Messen nach dem Start zeigt, was man behält, verbessert oder einstellt, und liefert die Zahlen für den nächsten Förderantrag. Wählen Sie „nicht zutreffend“, wenn noch keine KI im Einsatz ist.',
    lb: 'D’Lizenze lafe weider, ob en Tool hëlleft oder net. Moossen no der Aféierung weist, wat ee behält, verbessert oder ophält, a liwwert d’Zuele fir déi nächst Fërderufro. Wielt „net zoutreffend“, wann nach keng KI am Asaz ass.',
  },
  format: {
    kind: 'scale',
    levels: [
      {
        en: 'Nobody looks at whether AI tools bring anything once they are bought.',
        fr: 'Personne ne regarde si les outils d’IA apportent quelque chose une fois achetés.',
        de: 'Niemand schaut, ob KI-Werkzeuge nach dem Kauf etwas bringen.',
        lb: 'Kee kuckt, ob KI-Tools eppes bréngen, wann se emol kaaft sinn.',
      },
      {
        en: 'Benefits are judged by impression (“it seems to save time”).',
        fr: 'Les bénéfices sont jugés à l’impression (« on dirait que ça fait gagner du temps »).',
        de: 'Der Nutzen wird nach Gefühl beurteilt („scheint Zeit zu sparen“).',
        lb: 'Den Notze gëtt no Gefill beurteelt („et schéngt Zäit ze spueren“).',
      },
      {
        en: 'Usage figures are reported (logins, number of requests), but not the time, quality or money gained.',
        fr: 'Des chiffres d’utilisation sont remontés (connexions, nombre de requêtes), mais pas le temps, la qualité ou l’argent gagnés.',
        de: 'Nutzungszahlen werden berichtet (Anmeldungen, Zahl der Anfragen), aber nicht die gewonnene Zeit, Qualität oder das gesparte Geld.',
        lb: 'Et gi Notzungszuele gemellt (Umeldungen, Zuel vun den Ufroen), mä net déi gewonnen Zäit, Qualitéit oder déi gespuert Suen.',
      },
      {
        en: 'For each AI use, one or two indicators (e.g. minutes per quote, error rate) are measured before and after launch and reported to management.',
        fr: 'Pour chaque usage de l’IA, un ou deux indicateurs (p. ex. minutes par devis, taux d’erreur) sont mesurés avant et après la mise en service et présentés à la direction.',
        de: 'Für jede KI-Nutzung werden ein oder zwei Kennzahlen (z. B. Minuten pro Angebot, Fehlerquote) vor und nach dem Start gemessen und der Geschäftsleitung berichtet.',
        lb: 'Fir all KI-Notzung ginn een oder zwee Indicateuren (z. B. Minutte pro Offer, Feelerquote) virun an no der Aféierung gemooss an der Direktioun gemellt.',
      },
      {
        en: 'Three to six months after launch, measured benefits are compared with the business case; tools that do not deliver are changed or stopped.',
        fr: 'Trois à six mois après la mise en service, les bénéfices mesurés sont comparés au business case ; les outils qui ne tiennent pas leurs promesses sont modifiés ou arrêtés.',
        de: 'Drei bis sechs Monate nach dem Start wird der gemessene Nutzen mit dem Business Case verglichen; Werkzeuge, die nicht liefern, werden angepasst oder eingestellt.',
        lb: 'Dräi bis sechs Méint no der Aféierung gëtt de gemoossenen Notze mam Business Case verglach; Tools, déi net liwweren, ginn ugepasst oder gestoppt.',
      },
      {
        en: 'Benefits are tracked continuously, side effects included (quality, workload, energy), and they set next year’s priorities and budget.',
        fr: 'Les bénéfices sont suivis en continu, effets secondaires compris (qualité, charge de travail, énergie), et ils fixent les priorités et le budget de l’année suivante.',
        de: 'Der Nutzen wird laufend verfolgt, Nebenwirkungen eingeschlossen (Qualität, Arbeitslast, Energie), und bestimmt die Prioritäten und das Budget des nächsten Jahres.',
        lb: 'Den Notze gëtt permanent suivéiert, Niewewierkungen abegraff (Qualitéit, Aarbechtslaascht, Energie), a bestëmmt d’Prioritéiten an de Budget vum nächste Joer.',
      },
    ],
  },
};

const STRATEGY: readonly Item[] = [
  from2026_1('strategy.vision'),
  from2026_1('strategy.use_cases'),
  AI_OFFER,
  BUSINESS_CASE,
  BENEFITS,
  from2026_1('strategy.budget'),
  from2026_1('strategy.leadership'),
];

// ---------------------------------------------------------------------------------------------
// Digital foundations
// ---------------------------------------------------------------------------------------------
const AI_SECURITY: Item = {
  id: 'foundations.ai_security',
  dimensionId: 'foundations',
  weight: 2,
  question: {
    en: 'Which security measures are in place for AI assistants and AI tools?',
    fr: 'Quelles mesures de sécurité sont en place pour les assistants et outils d’IA ?',
    de: 'Welche Sicherheitsmaßnahmen gibt es für KI-Assistenten und KI-Werkzeuge?',
    lb: 'Wéi eng Sécherheetsmoossname gëtt et fir KI-Assistenten a KI-Tools?',
  },
  help: {
    en: 'An assistant connected to mail and files sees everything its user can see, and it can be steered by text hidden in a document or a web page. Tick only what is actually done; choose “not applicable” if no AI tool is used.',
    fr: 'Un assistant connecté à la messagerie et aux fichiers voit tout ce que son utilisateur peut voir, et un texte caché dans un document ou une page web peut le détourner. Ne cochez que ce qui est réellement fait ; choisissez « non applicable » si aucun outil d’IA n’est utilisé.',
    de: 'Ein mit E-Mail und Dateien verbundener Assistent sieht alles, was sein Nutzer sehen darf, und kann durch in einem Dokument oder einer Webseite versteckten Text gesteuert werden. Kreuzen Sie nur an, was wirklich umgesetzt ist; „nicht zutreffend“, wenn kein KI-Werkzeug genutzt wird.',
    lb: 'En Assistent, deen un d’Mailen an d’Fichiere gekoppelt ass, gesäit alles, wat säi Benotzer gesäit, an en ka vun engem Text gestéiert ginn, deen an engem Dokument oder op enger Websäit verstoppt ass. Kräizt nëmmen un, wat wierklech gemaach gëtt; „net zoutreffend“, wa keen KI-Tool benotzt gëtt.',
  },
  format: {
    kind: 'checklist',
    options: [
      {
        id: 'access_cleanup',
        weight: 2,
        label: {
          en: 'Before an assistant is connected to company files or mail, access rights and shared links are cleaned up',
          fr: 'Avant de connecter un assistant aux fichiers ou à la messagerie, les droits d’accès et les liens de partage sont remis en ordre',
          de: 'Bevor ein Assistent mit Unternehmensdateien oder E-Mail verbunden wird, werden Zugriffsrechte und Freigabelinks bereinigt',
          lb: 'Ier en Assistent mat de Fichieren oder de Mailen vum Betrib verbonne gëtt, ginn d’Zougrëffsrechter an d’Deelungslinken opgeraumt',
        },
      },
      {
        id: 'least_privilege',
        label: {
          en: 'AI assistants and agents get only the permissions they need; sending, deleting or paying needs a person’s confirmation',
          fr: 'Les assistants et agents d’IA n’ont que les droits nécessaires ; envoyer, supprimer ou payer exige la confirmation d’une personne',
          de: 'KI-Assistenten und -Agenten erhalten nur die nötigen Rechte; Senden, Löschen oder Bezahlen erfordert die Bestätigung durch einen Menschen',
          lb: 'KI-Assistenten an -Agenten kréien nëmmen déi Rechter, déi se brauchen; Schécken, Läschen oder Bezuelen brauch d’Confirmatioun vun engem Mënsch',
        },
      },
      {
        id: 'prompt_injection',
        label: {
          en: 'Users know that instructions hidden in emails, documents or web pages can hijack an assistant (prompt injection), and untrusted content is not given to assistants that can act',
          fr: 'Les utilisateurs savent que des instructions cachées dans des e-mails, documents ou pages web peuvent détourner un assistant (injection de prompt), et les contenus douteux ne sont pas confiés à des assistants capables d’agir',
          de: 'Die Nutzer wissen, dass in E-Mails, Dokumenten oder Webseiten versteckte Anweisungen einen Assistenten kapern können (Prompt-Injection), und nicht vertrauenswürdige Inhalte gehen nicht an Assistenten, die handeln können',
          lb: 'D’Benotzer wëssen, datt Instruktiounen, déi an E-Mailen, Dokumenter oder Websäite verstoppt sinn, en Assistent kënnen entféieren (Prompt-Injection), an net vertrauenswierdeg Inhalter ginn net un Assistenten, déi handele kënnen',
        },
      },
      {
        id: 'leakage',
        weight: 2,
        label: {
          en: 'Confidential files are labelled, and the tools are set so that labelled content cannot leave the company through an AI tool (data-loss prevention)',
          fr: 'Les fichiers confidentiels sont étiquetés et les outils paramétrés pour que ce contenu ne puisse pas sortir de l’entreprise par un outil d’IA (prévention des fuites de données)',
          de: 'Vertrauliche Dateien sind gekennzeichnet, und die Werkzeuge sind so eingestellt, dass solche Inhalte das Unternehmen nicht über ein KI-Werkzeug verlassen können (Data Loss Prevention)',
          lb: 'Vertraulech Fichiere sinn etikettéiert, an d’Tools sinn esou agestallt, datt esou en Inhalt de Betrib net iwwer e KI-Tool verloosse kann (Data Loss Prevention)',
        },
      },
      {
        id: 'logging',
        label: {
          en: 'What AI assistants access and do on company data is logged, and the logs can be checked after an incident',
          fr: 'Ce que les assistants d’IA consultent et font sur les données de l’entreprise est journalisé, et les journaux peuvent être vérifiés après un incident',
          de: 'Was KI-Assistenten mit Unternehmensdaten abrufen und tun, wird protokolliert, und die Protokolle lassen sich nach einem Vorfall prüfen',
          lb: 'Wat KI-Assistenten op den Date vum Betrib consultéieren a maachen, gëtt protokolléiert, an d’Protokoller kënnen no engem Incident nogekuckt ginn',
        },
      },
      {
        id: 'incident_plan',
        label: {
          en: 'The incident plan covers AI tools: data leaked through a chatbot, a manipulated assistant, a stolen AI account',
          fr: 'Le plan de gestion des incidents couvre les outils d’IA : données divulguées par un chatbot, assistant manipulé, compte d’IA volé',
          de: 'Der Notfallplan deckt KI-Werkzeuge ab: über einen Chatbot abgeflossene Daten, ein manipulierter Assistent, ein gestohlenes KI-Konto',
          lb: 'Den Noutfallplang deckt KI-Tools of: Daten, déi iwwer e Chatbot erausgaange sinn, e manipuléierten Assistent, e geklauten KI-Kont',
        },
      },
    ],
  },
};

const FOUNDATIONS: readonly Item[] = [
  from2026_1('foundations.systems'),
  from2026_1('foundations.cloud'),
  from2026_1('foundations.cybersecurity'),
  AI_SECURITY,
  from2026_1('foundations.integration'),
];

// ---------------------------------------------------------------------------------------------
// People & skills
// ---------------------------------------------------------------------------------------------
const LITERACY: Item = {
  ...withLevels('people.literacy', {
    // The data rules themselves are asked once, in responsible.policy; here: knowing the policy.
    3: {
      en: 'Everyone who uses AI has had a short introduction (what it does, its limits, the company’s AI policy); managers can judge vendor claims.',
      fr: 'Toute personne qui utilise l’IA a suivi une courte initiation (ce qu’elle fait, ses limites, la charte IA de l’entreprise) ; les responsables savent juger les promesses des vendeurs.',
      de: 'Alle, die KI nutzen, hatten eine kurze Einführung (was sie kann, ihre Grenzen, die KI-Richtlinie des Unternehmens); Führungskräfte können Anbieterversprechen beurteilen.',
      lb: 'Jiddereen, dee KI benotzt, hat eng kuerz Aféierung (wat se mécht, hir Grenzen, d’KI-Richtlinn vum Betrib); d’Cheffe kënnen d’Versprieche vun de Verkeefer beurteelen.',
    },
  }),
  help: {
    en: 'Under the AI Act, as amended by the Digital Omnibus on AI, companies that provide or use AI systems take measures to support the AI literacy of their staff (art. 4). It is also where good ideas start.',
    fr: 'Selon l’AI Act, tel que modifié par l’omnibus numérique sur l’IA, les entreprises qui fournissent ou utilisent des systèmes d’IA prennent des mesures pour soutenir la maîtrise de l’IA de leur personnel (art. 4). C’est aussi là que naissent les bonnes idées.',
    de: 'Nach dem AI Act in der Fassung des digitalen Omnibus zur KI ergreifen Unternehmen, die KI-Systeme anbieten oder einsetzen, Maßnahmen zur Förderung der KI-Kompetenz ihres Personals (Art. 4). Dort entstehen auch die guten Ideen.',
    lb: 'Nom AI Act, esou wéi den digitalen Omnibus iwwer KI en ofgeännert huet, huele Betriber, déi KI-Systemer ubidden oder asetzen, Moossnamen, fir d’KI-Kompetenz vun hirem Personal ze ënnerstëtzen (Art. 4). Do entstinn och déi gutt Iddien.',
  },
};

const PEOPLE: readonly Item[] = [
  LITERACY,
  from2026_1('people.skills'),
  from2026_1('people.change'),
  from2026_1('people.training'),
  from2026_1('people.partners'),
];

const DATA: readonly Item[] = [
  from2026_1('data.inventory'),
  from2026_1('data.quality'),
  from2026_1('data.governance'),
  from2026_1('data.access'),
];

// ---------------------------------------------------------------------------------------------
// AI & automation use
// ---------------------------------------------------------------------------------------------
const GENAI_2026_1 = from2026_1('ai_use.genai');
const GENAI_USES = GENAI_2026_1.format.kind === 'checklist' ? GENAI_2026_1.format.options : [];

const GENAI_USE: Item = {
  id: 'ai_use.genai_use',
  dimensionId: 'ai_use',
  weight: 2,
  sourceIds: ['dma'],
  question: GENAI_2026_1.question,
  help: {
    en: 'Generative AI is often already used informally; here we look only at what it is used for. Whether it is used safely is the next question. Tick what applies.',
    fr: 'L’IA générative est souvent déjà utilisée de manière informelle ; ici, nous regardons seulement à quoi elle sert. La question suivante porte sur la sécurité de son usage. Cochez ce qui s’applique.',
    de: 'Generative KI wird oft schon informell genutzt; hier geht es nur darum, wofür. Ob sie sicher genutzt wird, fragt die nächste Frage. Kreuzen Sie an, was zutrifft.',
    lb: 'Generativ KI gëtt dacks schonn informell benotzt; hei kucke mir nëmmen, fir wat. Ob se sécher benotzt gëtt, freet déi nächst Fro. Kräizt un, wat zoutrëfft.',
  },
  format: {
    kind: 'checklist',
    // The six uses of 2026.1, without its two control options (now in ai_use.genai_controls and responsible.policy).
    options: GENAI_USES.filter((o) => o.id !== 'business_accounts' && o.id !== 'data_rules'),
  },
};

const GENAI_CONTROLS: Item = {
  id: 'ai_use.genai_controls',
  dimensionId: 'ai_use',
  weight: 2,
  sourceIds: ['gdpr'],
  question: {
    en: 'Which safe-use controls are in place for the generative AI tools used in the company?',
    fr: 'Quels contrôles d’usage sûr sont en place pour les outils d’IA générative utilisés dans l’entreprise ?',
    de: 'Welche Kontrollen für eine sichere Nutzung gibt es bei den im Unternehmen genutzten generativen KI-Werkzeugen?',
    lb: 'Wéi eng Kontrolle fir eng sécher Notzung gëtt et bei de generativen KI-Tools, déi am Betrib benotzt ginn?',
  },
  help: {
    en: 'The policy says what is allowed (asked under responsible AI); these are the settings and accounts that make it hold. Tick only what is actually in place; choose “not applicable” if generative AI is not used.',
    fr: 'La charte dit ce qui est permis (question de l’IA responsable) ; il s’agit ici des comptes et réglages qui la font respecter. Ne cochez que ce qui est réellement en place ; choisissez « non applicable » si l’IA générative n’est pas utilisée.',
    de: 'Die Richtlinie sagt, was erlaubt ist (Frage unter verantwortungsvoller KI); hier geht es um die Konten und Einstellungen, die sie durchsetzen. Kreuzen Sie nur an, was wirklich umgesetzt ist; „nicht zutreffend“, wenn keine generative KI genutzt wird.',
    lb: 'D’Richtlinn seet, wat erlaabt ass (Fro ënner verantwortungsvoller KI); hei geet et ëm d’Konten an d’Astellungen, déi dofir suergen, datt se agehale gëtt. Kräizt nëmmen un, wat wierklech ëmgesat ass; „net zoutreffend“, wa keng generativ KI benotzt gëtt.',
  },
  format: {
    kind: 'checklist',
    options: [
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
        id: 'no_training',
        weight: 2,
        label: {
          en: 'The contract or the settings exclude the use of company data to train the vendor’s models',
          fr: 'Le contrat ou les réglages excluent l’utilisation des données de l’entreprise pour entraîner les modèles du fournisseur',
          de: 'Vertrag oder Einstellungen schließen aus, dass Unternehmensdaten zum Training der Modelle des Anbieters genutzt werden',
          lb: 'De Kontrakt oder d’Astellungen schléissen aus, datt d’Date vum Betrib benotzt ginn, fir d’Modeller vum Fournisseur ze trainéieren',
        },
      },
      {
        id: 'central_accounts',
        label: {
          en: 'Accounts are managed centrally (single sign-on) and closed when someone leaves',
          fr: 'Les comptes sont gérés de façon centralisée (authentification unique) et fermés au départ d’un collaborateur',
          de: 'Konten werden zentral verwaltet (Single Sign-on) und beim Ausscheiden geschlossen',
          lb: 'D’Konte gi zentral geréiert (Single Sign-on) a gi zougemaach, wann een de Betrib verléisst',
        },
      },
      {
        id: 'retention',
        label: {
          en: 'Chat history and retention are set by the company, not left to each user',
          fr: 'L’historique des conversations et sa durée de conservation sont réglés par l’entreprise, pas par chaque utilisateur',
          de: 'Chatverlauf und Aufbewahrungsdauer legt das Unternehmen fest, nicht jeder Nutzer selbst',
          lb: 'De Chatverlaf a wéi laang en ophale gëtt, leet de Betrib fest, net all Benotzer eleng',
        },
      },
      {
        id: 'usage_review',
        label: {
          en: 'Who uses which tool, for what and at what cost is reviewed at least twice a year',
          fr: 'Qui utilise quel outil, pour quoi et à quel coût est passé en revue au moins deux fois par an',
          de: 'Wer welches Werkzeug wofür und zu welchen Kosten nutzt, wird mindestens zweimal im Jahr überprüft',
          lb: 'Wien wéi en Tool fir wat a fir wéi vill Suen benotzt, gëtt mindestens zweemol am Joer iwwerpréift',
        },
      },
    ],
  },
};

const PILOTS = withLevels('ai_use.pilots', {
  // Measured benefits are asked once, in strategy.benefits.
  4: {
    en: 'Several AI solutions are in production, each with an owner and a maintenance plan.',
    fr: 'Plusieurs solutions d’IA sont en production, chacune avec un responsable et un plan de maintenance.',
    de: 'Mehrere KI-Lösungen laufen produktiv, jede mit verantwortlicher Person und Wartungsplan.',
    lb: 'E puer KI-Léisunge lafen an der Produktioun, all eenzel mat engem Responsabelen an engem Plang fir den Ënnerhalt.',
  },
});

const AUTOMATION = withLevels('ai_use.automation', {
  4: {
    en: 'Automations are documented and monitored, a broken one is noticed quickly, and new candidates are identified regularly.',
    fr: 'Les automatisations sont documentées et surveillées, une panne est vite repérée et de nouvelles pistes sont identifiées régulièrement.',
    de: 'Automatisierungen sind dokumentiert und überwacht, ein Ausfall fällt schnell auf, und neue Kandidaten werden regelmäßig ermittelt.',
    lb: 'D’Automatiséierunge sinn dokumentéiert an iwwerwaacht, eng Pann gëtt séier gemierkt, an nei Kandidate gi regelméisseg identifizéiert.',
  },
});

const AI_USE: readonly Item[] = [
  GENAI_USE,
  GENAI_CONTROLS,
  PILOTS,
  AUTOMATION,
  from2026_1('ai_use.mlops'),
  from2026_1('ai_use.compute'),
];

// ---------------------------------------------------------------------------------------------
// Responsible AI & compliance
// ---------------------------------------------------------------------------------------------
const GDPR_2026_1 = from2026_1('responsible.gdpr');
const GDPR: Item = {
  ...GDPR_2026_1,
  format: {
    kind: 'checklist',
    // `ai_inputs` (no personal data in public AI tools) is part of the AI policy, asked in responsible.policy.
    options: GDPR_2026_1.format.kind === 'checklist' ? GDPR_2026_1.format.options.filter((o) => o.id !== 'ai_inputs') : [],
  },
};

const VENDORS: Item = {
  id: 'responsible.vendors',
  dimensionId: 'responsible',
  weight: 2,
  sourceIds: ['ai_act', 'gdpr'],
  question: {
    en: 'How do you check AI vendors and their contracts before you sign?',
    fr: 'Comment vérifiez-vous les fournisseurs d’IA et leurs contrats avant de signer ?',
    de: 'Wie prüfen Sie KI-Anbieter und ihre Verträge, bevor Sie unterschreiben?',
    lb: 'Wéi iwwerpréift Dir KI-Fournisseuren an hir Kontrakter, ier Dir ënnerschreift?',
  },
  help: {
    en: 'Where the data is processed, a data processing agreement (GDPR art. 28), who is provider and who is deployer under the AI Act, and how to leave with your data decide most of the risk of an AI tool.',
    fr: 'Le lieu de traitement des données, le contrat de sous-traitance (RGPD art. 28), qui est fournisseur et qui est déployeur au sens de l’AI Act, et la façon de partir avec ses données décident de l’essentiel du risque d’un outil d’IA.',
    de: 'Wo die Daten verarbeitet werden, ein Auftragsverarbeitungsvertrag (DSGVO Art. 28), wer nach dem AI Act Anbieter und wer Betreiber ist und wie man mit seinen Daten wieder aussteigt, entscheiden über den Großteil des Risikos eines KI-Werkzeugs.',
    lb: 'Wou d’Date veraarbecht ginn, de Sous-traitance-Kontrakt (RGPD Art. 28), wien nom AI Act Ubidder a wien Deployer ass, a wéi een mat sengen Date rëm erauskënnt, entscheeden iwwer de gréissten Deel vum Risiko vun engem KI-Tool.',
  },
  format: {
    kind: 'scale',
    levels: [
      {
        en: 'Staff choose AI tools themselves and pay by card; nobody reads the terms.',
        fr: 'Les collaborateurs choisissent eux-mêmes les outils d’IA et paient par carte ; personne ne lit les conditions.',
        de: 'Mitarbeitende wählen KI-Werkzeuge selbst und zahlen per Karte; niemand liest die Bedingungen.',
        lb: 'D’Mataarbechter wielen d’KI-Tools selwer a bezuele mat der Kaart; kee liest d’Konditiounen.',
      },
      {
        en: 'Management approves AI purchases on price and features; the terms are accepted as they come.',
        fr: 'La direction approuve les achats d’IA sur le prix et les fonctions ; les conditions sont acceptées telles quelles.',
        de: 'Die Geschäftsleitung genehmigt KI-Käufe nach Preis und Funktionen; die Bedingungen werden hingenommen, wie sie sind.',
        lb: 'D’Direktioun geneemegt KI-Akeef no Präis a Funktiounen; d’Konditioune gi geholl, wéi se sinn.',
      },
      {
        en: 'Someone sometimes checks where the data is stored and whether a data processing agreement is offered, but not for every tool.',
        fr: 'Quelqu’un vérifie parfois où les données sont stockées et si un contrat de sous-traitance est proposé, mais pas pour chaque outil.',
        de: 'Manchmal prüft jemand, wo die Daten gespeichert werden und ob ein Auftragsverarbeitungsvertrag angeboten wird, aber nicht bei jedem Werkzeug.',
        lb: 'Heiansdo kuckt een, wou d’Date gespäichert ginn an ob e Sous-traitance-Kontrakt ugebuede gëtt, mä net bei all Tool.',
      },
      {
        en: 'A short checklist is used for every AI tool: data location, data processing agreement signed, no training on company data, provider or deployer under the AI Act, how to get the data back when leaving.',
        fr: 'Une courte liste de contrôle sert pour chaque outil d’IA : lieu des données, contrat de sous-traitance signé, pas d’entraînement sur les données de l’entreprise, fournisseur ou déployeur au sens de l’AI Act, récupération des données en cas de départ.',
        de: 'Für jedes KI-Werkzeug gilt eine kurze Checkliste: Speicherort der Daten, unterzeichneter Auftragsverarbeitungsvertrag, kein Training mit Unternehmensdaten, Anbieter oder Betreiber nach dem AI Act, Rückgabe der Daten beim Ausstieg.',
        lb: 'Fir all KI-Tool gëtt eng kuerz Checklëscht benotzt: wou d’Date leien, Sous-traitance-Kontrakt ënnerschriwwen, keen Training mat den Date vum Betrib, Ubidder oder Deployer nom AI Act, wéi een d’Daten zréckkritt, wann een ophält.',
      },
      {
        en: 'Contracts are negotiated on these points (exit and data-return format, notice of model changes, liability), and existing AI vendors are reviewed against the checklist every year.',
        fr: 'Les contrats sont négociés sur ces points (sortie et format de restitution des données, préavis en cas de changement de modèle, responsabilité), et les fournisseurs d’IA existants sont revus chaque année selon la liste.',
        de: 'Verträge werden zu diesen Punkten verhandelt (Ausstieg und Format der Datenrückgabe, Ankündigung von Modelländerungen, Haftung), und bestehende KI-Anbieter werden jährlich anhand der Checkliste überprüft.',
        lb: 'D’Kontrakter ginn iwwer dës Punkten ausgehandelt (Ausstig a Format, an deem d’Daten zréckkommen, Avis bei Ännerunge vum Modell, Haftung), an déi bestoend KI-Fournisseure ginn all Joer no der Checklëscht iwwerpréift.',
      },
      {
        en: 'Due diligence is part of every purchase; critical AI tools have a tested exit plan, and the AI register links each tool to its contract and the company’s role.',
        fr: 'La vérification fait partie de chaque achat ; les outils d’IA critiques ont un plan de sortie testé, et le registre IA relie chaque outil à son contrat et au rôle de l’entreprise.',
        de: 'Die Prüfung ist Teil jedes Einkaufs; kritische KI-Werkzeuge haben einen getesteten Ausstiegsplan, und das KI-Register verknüpft jedes Werkzeug mit seinem Vertrag und der Rolle des Unternehmens.',
        lb: 'D’Iwwerpréiwung ass Deel vun all Akaf; kritesch KI-Tools hunn en getesten Ausstigsplang, an de KI-Register verbënnt all Tool mat sengem Kontrakt an der Roll vum Betrib.',
      },
    ],
  },
};

const IP_OUTPUT: Item = {
  id: 'responsible.ip_output',
  dimensionId: 'responsible',
  weight: 1,
  question: {
    en: 'How do you handle copyright and ownership of texts, images and code generated by AI?',
    fr: 'Comment gérez-vous les droits d’auteur et la propriété des textes, images et codes générés par l’IA ?',
    de: 'Wie gehen Sie mit Urheberrecht und Eigentum an KI-generierten Texten, Bildern und Code um?',
    lb: 'Wéi gitt Dir mat Urheberrecht a Proprietéit vun Texter, Biller a Code ëm, déi vun der KI generéiert goufen?',
  },
  help: {
    en: 'Copyright protects human creations: material generated without creative human input may not be protected, and output can reproduce someone else’s work. Vendor terms on ownership and indemnity differ.',
    fr: 'Le droit d’auteur protège les créations humaines : un contenu généré sans apport créatif humain peut ne pas être protégé, et un résultat peut reproduire l’œuvre d’autrui. Les conditions des fournisseurs sur la propriété et la garantie diffèrent.',
    de: 'Das Urheberrecht schützt menschliche Schöpfungen: Ohne kreativen menschlichen Beitrag erzeugtes Material ist womöglich nicht geschützt, und ein Ergebnis kann fremde Werke wiedergeben. Die Bedingungen der Anbieter zu Eigentum und Freistellung unterscheiden sich.',
    lb: 'D’Urheberrecht schützt mënschlech Kreatiounen: Material, dat ouni kreativen Bäitrag vun engem Mënsch generéiert gouf, ass vläicht net geschützt, an e Resultat ka Wierker vun anere Leit erëmginn. D’Konditioune vun de Fournisseuren iwwer Proprietéit a Garantie sinn net d’selwecht.',
  },
  format: {
    kind: 'scale',
    levels: [
      {
        en: 'Nobody has thought about who owns AI-generated material or whether it may infringe someone’s rights.',
        fr: 'Personne ne s’est demandé à qui appartient un contenu généré par l’IA ni s’il peut porter atteinte aux droits d’autrui.',
        de: 'Niemand hat sich gefragt, wem KI-generiertes Material gehört oder ob es Rechte Dritter verletzen kann.',
        lb: 'Kee Mënsch huet sech gefrot, wiem d’Material gehéiert, dat vun der KI generéiert gouf, oder ob et d’Rechter vun aneren verletze kann.',
      },
      {
        en: 'Generated texts and images are used like the company’s own work, in client deliverables and marketing alike.',
        fr: 'Les textes et images générés sont utilisés comme un travail propre de l’entreprise, dans les livrables aux clients comme dans le marketing.',
        de: 'Erzeugte Texte und Bilder werden wie eigene Arbeit verwendet, in Kundenlieferungen ebenso wie im Marketing.',
        lb: 'Generéiert Texter a Biller gi benotzt, wéi wann et d’Aarbecht vum Betrib wier, a Liwwerunge fir Clienten esouwéi am Marketing.',
      },
      {
        en: 'People know generated material may copy protected work or be unprotectable, but there is no rule.',
        fr: 'On sait qu’un contenu généré peut copier une œuvre protégée ou ne pas être protégeable, mais il n’y a pas de règle.',
        de: 'Man weiß, dass erzeugtes Material geschützte Werke kopieren oder selbst nicht schutzfähig sein kann, aber es gibt keine Regel.',
        lb: 'D’Leit wëssen, datt generéiert Material geschützt Wierker kopéiere kann oder selwer net ze schütze ass, mä et gëtt keng Reegel.',
      },
      {
        en: 'Rules say where generated material may be used (internal drafts freely; logos, product designs and published images only after a check), and the vendor’s terms on output ownership and indemnity are known.',
        fr: 'Des règles disent où un contenu généré peut servir (brouillons internes librement ; logos, designs de produits et images publiées seulement après vérification), et les conditions du fournisseur sur la propriété des résultats et la garantie sont connues.',
        de: 'Regeln legen fest, wo erzeugtes Material verwendet werden darf (interne Entwürfe frei; Logos, Produktdesigns und veröffentlichte Bilder nur nach Prüfung), und die Bedingungen des Anbieters zu Eigentum an Ergebnissen und Freistellung sind bekannt.',
        lb: 'Reegele soen, wou generéiert Material benotzt däerf ginn (intern Entwërf fräi; Logoen, Produitsdesigner a publizéiert Biller nëmmen no enger Kontroll), an d’Konditioune vum Fournisseur iwwer d’Proprietéit vun de Resultater an d’Garantie si bekannt.',
      },
      {
        en: 'Generated material in client deliverables is flagged and checked (e.g. image search, licence of generated code), and client contracts say how AI is used.',
        fr: 'Les contenus générés dans les livrables aux clients sont signalés et vérifiés (p. ex. recherche d’images, licence du code généré), et les contrats clients précisent l’usage de l’IA.',
        de: 'KI-erzeugtes Material in Kundenlieferungen wird gekennzeichnet und geprüft (z. B. Bildersuche, Lizenz von erzeugtem Code), und Kundenverträge regeln den KI-Einsatz.',
        lb: 'Generéiert Material a Liwwerunge fir Clienten gëtt markéiert a kontrolléiert (z. B. Billersich, Lizenz vum generéierte Code), an d’Kontrakter mat de Clienten soen, wéi KI agesat gëtt.',
      },
      {
        en: 'IP checks are part of the creative and software process; the company records what was generated with which tool and updates its rules as case law develops.',
        fr: 'Les vérifications de propriété intellectuelle font partie du processus créatif et logiciel ; l’entreprise consigne ce qui a été généré et avec quel outil, et met ses règles à jour au fil de la jurisprudence.',
        de: 'Prüfungen des geistigen Eigentums gehören zum kreativen und zum Softwareprozess; das Unternehmen hält fest, was mit welchem Werkzeug erzeugt wurde, und passt seine Regeln an die Rechtsprechung an.',
        lb: 'D’Kontrollen iwwer geeschtegt Eegentum gehéieren zum kreativen an zum Software-Prozess; de Betrib hält fest, wat mat wéi engem Tool generéiert gouf, a passt seng Reegelen un d’Rechtsprechung un.',
      },
    ],
  },
};

const RESPONSIBLE: readonly Item[] = [
  from2026_1('responsible.ai_act'),
  GDPR,
  VENDORS,
  from2026_1('responsible.oversight'),
  from2026_1('responsible.policy'),
  IP_OUTPUT,
  from2026_1('responsible.fairness'),
];

const GREEN: readonly Item[] = [
  from2026_1('green.measurement'),
  from2026_1('green.efficiency'),
  from2026_1('green.use_cases'),
  from2026_1('green.procurement'),
];

export const INSTRUMENT_2026_2: Instrument = {
  version: '2026.2',
  publishedAt: '2026-12-02',
  sources: SOURCES,
  dimensions: INSTRUMENT_2026_1.dimensions,
  items: [...STRATEGY, ...FOUNDATIONS, ...PEOPLE, ...DATA, ...AI_USE, ...RESPONSIBLE, ...GREEN],
  // 2026.1's generative-AI item mixed breadth of use and safe-use controls: its answer stands for both.
  carriedFrom: { 'ai_use.genai_use': 'ai_use.genai', 'ai_use.genai_controls': 'ai_use.genai' },
  answerRules: {
    // The core rule; the presenter's help adds how to handle a partial level and plans (assessment:help.*).
    scale: {
      en: 'Pick the highest level where every statement is true today, for the company as a whole.',
      fr: 'Choisissez le niveau le plus élevé dont toutes les affirmations sont vraies aujourd’hui, pour l’entreprise dans son ensemble.',
      de: 'Wählen Sie die höchste Stufe, bei der heute jede Aussage zutrifft, für das Unternehmen als Ganzes.',
      lb: 'Wielt deen héchsten Niveau, bei deem haut all Aussoe stëmmt, fir de Betrib als Ganzt.',
    },
    checklist: {
      en: 'Checklists: tick only what is actually done today; if none is, answer “None of these is in place”.',
      fr: 'Listes à cocher : ne cochez que ce qui est réellement fait aujourd’hui ; si rien ne l’est, répondez « Rien de tout cela n’est en place ».',
      de: 'Checklisten: nur ankreuzen, was heute tatsächlich umgesetzt ist; ist nichts davon umgesetzt, „Nichts davon ist vorhanden“ wählen.',
      lb: 'Checklëschten: nëmmen ukräizen, wat haut wierklech gemaach gëtt; ass näischt dovun ëmgesat, „Näischt dovun ass do“ wielen.',
    },
  },
};
