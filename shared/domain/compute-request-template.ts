/**
 * The guided justification of a compute request, written in the CLIENT's language (the request
 * goes out under the company's name): section headings, the budget's figures filled in, and
 * [bracketed] prompts the advisor replaces. Finalising refuses a text that still holds a prompt.
 * Pure, no zod: the renderer uses it for the "insert template" button.
 */
import { formatNumber } from '../format';
import type { Locale } from '../locale';
import { toComputeRequestFigures, type GpuBudgetEstimate } from './gpu-budget';
import { WORKLOAD_TYPE_LABELS } from './gpu-budget-draft';
import { CARBON_BASIS_LABELS } from '../reference/gpu/settings';


interface TemplateText {
  heading: string[];
  prompts: string[];
  need: (f: Facts) => string;
  energy: (f: Facts) => string;
  workload: (f: WorkloadFacts) => string;
  tokens: string;
  images: string;
  epochs: string;
  requests: string;
  /** Serving is measured in hours and concurrent users, never epochs. */
  servingHours: (n: string) => string;
  users: (n: string) => string;
  shard: (gpus: number) => string;
  custom: (parameters: string) => string;
}

interface Facts {
  expected: string;
  low: string;
  high: string;
  gpuModel: string;
  nodeHours: string;
  kwh: string;
  co2: string;
  basis: string;
}

interface WorkloadFacts {
  type: string;
  model: string;
  quantity: string;
  expected: string;
  low: string;
  high: string;
}

/** Section headings and the prompts the advisor replaces; the figures are filled in. */
const TEMPLATES: Record<Locale, TemplateText> = {
  fr: {
    heading: ['1. Contexte et objectif', '2. Besoin en calcul intensif', '3. Charges de travail et méthode', '4. Données et conformité', '5. Équipe et compétences', '6. Calendrier, livrables et retombées'],
    prompts: [
      '[Décrivez l’entreprise, le problème métier visé et ce que le modèle doit permettre, chiffré si possible (p. ex. traiter 60 % des demandes clients sans intervention).]',
      '[Précisez l’infrastructure dont l’entreprise dispose aujourd’hui et pourquoi elle ne suffit pas.]',
      '[Décrivez le jeu de données, la méthode d’évaluation (jeu de test, métriques) et le critère d’arrêt.]',
      '[Origine des données, droits d’utilisation, pseudonymisation ; en cas de données personnelles, base légale RGPD et mesures de sécurité.]',
      '[Qui réalise les travaux, expérience avec Slurm, les conteneurs et PyTorch, accompagnement prévu par la L-AIF.]',
      '[Étapes clés, résultats attendus et leur mise en valeur au Luxembourg.]',
    ],
    need: (f) =>
      `Le projet nécessite environ ${f.expected} heures GPU (fourchette ${f.low} à ${f.high}) sur ${f.gpuModel}, soit ${f.nodeHours} heures-nœud. Les estimations suivent la méthode « Transformer Math 101 » (EleutherAI) avec des hypothèses d’utilisation prudentes.`,
    energy: (f) => `Consommation estimée : ${f.kwh} kWh, soit ${f.co2} kg CO2e (base : ${f.basis}).`,
    workload: (w) => `- ${w.type}, ${w.model}${w.quantity} : ${w.expected} heures GPU (${w.low} à ${w.high})`,
    tokens: 'tokens',
    images: 'images',
    epochs: 'époques',
    requests: 'requêtes',
    servingHours: (n) => `${n} h de service`,
    users: (n) => `${n} utilisateurs simultanés`,
    shard: (n) => `, réparti sur ${n} GPU`,
    custom: (p) => `modèle propre de ${p} paramètres`,
  },
  de: {
    heading: ['1. Ausgangslage und Ziel', '2. Bedarf an Hochleistungsrechnen', '3. Rechenaufgaben und Methode', '4. Daten und Compliance', '5. Team und Kompetenzen', '6. Zeitplan, Ergebnisse und Nutzen'],
    prompts: [
      '[Beschreiben Sie das Unternehmen, das fachliche Problem und was das Modell leisten soll, möglichst mit Zahlen (z. B. 60 % der Kundenanfragen ohne manuelle Bearbeitung).]',
      '[Welche Rechenkapazität hat das Unternehmen heute und warum reicht sie nicht aus?]',
      '[Beschreiben Sie den Datensatz, die Evaluierung (Testdaten, Metriken) und das Abbruchkriterium.]',
      '[Herkunft der Daten, Nutzungsrechte, Pseudonymisierung; bei personenbezogenen Daten Rechtsgrundlage nach DSGVO und Schutzmaßnahmen.]',
      '[Wer führt die Arbeiten aus, Erfahrung mit Slurm, Containern und PyTorch, geplante Begleitung durch die L-AIF.]',
      '[Meilensteine, erwartete Ergebnisse und ihre Verwertung in Luxemburg.]',
    ],
    need: (f) =>
      `Das Projekt benötigt rund ${f.expected} GPU-Stunden (Spanne ${f.low} bis ${f.high}) auf ${f.gpuModel}, also ${f.nodeHours} Knotenstunden. Die Schätzung folgt der Methode „Transformer Math 101“ (EleutherAI) mit vorsichtigen Annahmen zur Auslastung.`,
    energy: (f) => `Geschätzter Energieverbrauch: ${f.kwh} kWh, das sind ${f.co2} kg CO2e (Grundlage: ${f.basis}).`,
    workload: (w) => `- ${w.type}, ${w.model}${w.quantity}: ${w.expected} GPU-Stunden (${w.low} bis ${w.high})`,
    tokens: 'Tokens',
    images: 'Bilder',
    epochs: 'Epochen',
    requests: 'Anfragen',
    servingHours: (n) => `${n} h Betrieb`,
    users: (n) => `${n} gleichzeitige Nutzer`,
    shard: (n) => `, verteilt auf ${n} GPUs`,
    custom: (p) => `eigenes Modell mit ${p} Parametern`,
  },
  en: {
    heading: ['1. Background and objective', '2. Need for high-performance computing', '3. Workloads and method', '4. Data and compliance', '5. Team and skills', '6. Timeline, deliverables and impact'],
    prompts: [
      '[Describe the company, the business problem and what the model should make possible, with figures where you can (e.g. handle 60 % of customer requests without manual work).]',
      '[State the computing infrastructure the company has today and why it is not enough.]',
      '[Describe the data set, the evaluation (test set, metrics) and the stopping criterion.]',
      '[Origin of the data, rights of use, pseudonymisation; for personal data, the GDPR legal basis and security measures.]',
      '[Who does the work, experience with Slurm, containers and PyTorch, support planned with the L-AIF.]',
      '[Milestones, expected results and how they will be used in Luxembourg.]',
    ],
    need: (f) =>
      `The project needs about ${f.expected} GPU-hours (range ${f.low} to ${f.high}) on ${f.gpuModel}, i.e. ${f.nodeHours} node-hours. The estimate follows the "Transformer Math 101" method (EleutherAI) with cautious utilisation assumptions.`,
    energy: (f) => `Estimated energy use: ${f.kwh} kWh, i.e. ${f.co2} kg CO2e (basis: ${f.basis}).`,
    workload: (w) => `- ${w.type}, ${w.model}${w.quantity}: ${w.expected} GPU-hours (${w.low} to ${w.high})`,
    tokens: 'tokens',
    images: 'images',
    epochs: 'epochs',
    requests: 'requests',
    servingHours: (n) => `${n} h of service`,
    users: (n) => `${n} concurrent users`,
    shard: (n) => `, sharded across ${n} GPUs`,
    custom: (p) => `own model with ${p} parameters`,
  },
  lb: {
    heading: ['1. Kontext an Zil', '2. Besoin u Héichleeschtungsrechnen', '3. Rechenaarbechten a Method', '4. Donnéeën a Konformitéit', '5. Equipe a Kompetenzen', '6. Zäitplang, Resultater an Notzen'],
    prompts: [
      '[Beschreift de Betrib, de fachleche Problem a wat de Modell erméigleche soll, wa méiglech mat Zuelen (z. B. 60 % vun de Clientsufroen ouni manuell Bearbechtung).]',
      '[Wéi eng Rechekapazitéit huet de Betrib haut a firwat geet se net duer?]',
      '[Beschreift den Dateset, d’Evaluatioun (Testdonnéeën, Metrik) an de Stopp-Critère.]',
      '[Hierkonft vun den Donnéeën, Notzungsrechter, Pseudonymiséierung; bei perséinlechen Donnéeën d’Rechtsgrondlag no der DSGVO an d’Schutzmoossnamen.]',
      '[Wien d’Aarbechte mécht, Erfarung mat Slurm, Containeren a PyTorch, geplangt Begleedung duerch d’L-AIF.]',
      '[Etappen, erwaart Resultater a wéi se zu Lëtzebuerg genotzt ginn.]',
    ],
    need: (f) =>
      `De Projet brauch ongeféier ${f.expected} GPU-Stonnen (Spann ${f.low} bis ${f.high}) op ${f.gpuModel}, also ${f.nodeHours} Knuetstonnen. D’Schätzung follegt der Method „Transformer Math 101“ (EleutherAI) mat virsiichtegen Annahmen iwwer d’Auslaaschtung.`,
    energy: (f) => `Geschätzten Energieverbrauch: ${f.kwh} kWh, dat sinn ${f.co2} kg CO2e (Basis: ${f.basis}).`,
    workload: (w) => `- ${w.type}, ${w.model}${w.quantity}: ${w.expected} GPU-Stonnen (${w.low} bis ${w.high})`,
    tokens: 'Tokens',
    images: 'Biller',
    epochs: 'Epochen',
    requests: 'Ufroen',
    servingHours: (n) => `${n} h Betrib`,
    users: (n) => `${n} gläichzäiteg Benotzer`,
    shard: (n) => `, verdeelt op ${n} GPUen`,
    custom: (p) => `eegene Modell mat ${p} Parameteren`,
  },
};

const ALL_PROMPTS = Object.values(TEMPLATES).flatMap((t) => t.prompts);

/** True while a bracketed prompt of the guided template is still in the text. */
export function containsTemplatePrompt(text: string): boolean {
  return ALL_PROMPTS.some((p) => text.includes(p));
}

/** A justification skeleton in `locale`: headings, the budget's figures filled in, prompts in [brackets]. */
export function justificationTemplate(locale: Locale, estimate: GpuBudgetEstimate): string {
  const t = TEMPLATES[locale];
  const n = (x: number) => formatNumber(Math.ceil(x), locale, 0);
  const figures = toComputeRequestFigures(estimate);
  const facts: Facts = {
    expected: formatNumber(figures.totalGpuHours, locale, 0),
    low: n(estimate.total.gpuHours.low),
    high: n(estimate.total.gpuHours.high),
    gpuModel: estimate.gpuModel,
    nodeHours: formatNumber(figures.nodeHours, locale, 0),
    kwh: formatNumber(figures.energyKwh, locale, 0),
    co2: formatNumber(figures.co2eKg, locale, 0),
    basis: CARBON_BASIS_LABELS[estimate.carbonBasis][locale],
  };
  const workloads = estimate.workloads.map((w, i) => {
    const f = figures.workloads[i];
    const parts: string[] = [];
    if (w.quantities.tokens !== undefined) parts.push(`${formatNumber(w.quantities.tokens, locale, 0)} ${t.tokens}`);
    if (w.quantities.images !== undefined) parts.push(`${formatNumber(w.quantities.images, locale, 0)} ${t.images}`);
    if (w.quantities.epochs !== undefined) parts.push(`${formatNumber(w.quantities.epochs, locale, 1)} ${t.epochs}`);
    if (w.quantities.requests !== undefined) parts.push(`${formatNumber(w.quantities.requests, locale, 0)} ${t.requests}`);
    if (w.quantities.servingHours !== undefined) parts.push(t.servingHours(formatNumber(w.quantities.servingHours, locale, 0)));
    if (w.quantities.concurrentUsers !== undefined) parts.push(t.users(formatNumber(w.quantities.concurrentUsers, locale, 0)));
    const quantity = (parts.length ? `, ${parts.join(w.type === 'serving' ? ', ' : ' × ')}` : '') + (w.gpusPerJob > 1 ? t.shard(w.gpusPerJob) : '');
    return t.workload({
      type: WORKLOAD_TYPE_LABELS[w.type][locale],
      model: w.model.id === null ? t.custom(formatNumber(w.model.parameterCount, locale, 0)) : w.model.name,
      quantity,
      expected: formatNumber(f.gpuHoursExpected, locale, 0),
      low: formatNumber(f.gpuHoursLow, locale, 0),
      high: formatNumber(f.gpuHoursHigh, locale, 0),
    });
  });
  const sections = [
    [t.heading[0], t.prompts[0]],
    [t.heading[1], `${t.need(facts)}\n${t.prompts[1]}`],
    [t.heading[2], [...workloads, t.prompts[2]].join('\n')],
    [t.heading[3], t.prompts[3]],
    [t.heading[4], t.prompts[4]],
    [t.heading[5], `${t.prompts[5]}\n${t.energy(facts)}`],
  ];
  return sections.map(([h, body]) => `${h}\n${body}`).join('\n\n');
}
