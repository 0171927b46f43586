/**
 * Editable settings of the GPU-hour budget: default, unit, source, basis and whether the
 * figure is unconfirmed (domain.md: such figures are data with a source and a "last checked"
 * date, and results that use them carry an "unconfirmed" badge).
 */
import type { LocalizedText } from '../../locale';
import { GPU_REFERENCE_LAST_CHECKED } from './hardware';

/**
 * - location: Luxembourg's grid, imports included; production: national production only;
 * - market: GHG Protocol market-based method WITHOUT guarantees of origin = the residual mix;
 * - market_go: market-based WITH the operator's guarantees of origin recorded (close to 0).
 * Choosing market_go is the setting that records the operator's statement.
 */
export type CarbonBasis = 'location' | 'production' | 'market' | 'market_go';
export const CARBON_BASES: readonly CarbonBasis[] = ['location', 'production', 'market', 'market_go'];

/** Whether a job is billed for the GPUs it uses or for whole nodes (a one-GPU job then pays a node). */
export type BillingUnit = 'gpu' | 'node';
export const BILLING_UNITS: readonly BillingUnit[] = ['gpu', 'node'];

export interface GpuBudgetSettings {
  /** Price of one GPU-hour in euro cents, excl. VAT. */
  pricePerGpuHourCents: number;
  /** Data-centre power usage effectiveness (≥ 1). */
  pue: number;
  /** Which grid carbon intensity the CO2e figure uses. */
  carbonBasis: CarbonBasis;
  carbonLocationGPerKwh: number;
  carbonProductionGPerKwh: number;
  /** Residual mix (market-based, no guarantees of origin). */
  carbonResidualMixGPerKwh: number;
  /** Market-based with the operator's guarantees of origin. */
  carbonMarketGPerKwh: number;
  /** What the cost counts: the job's GPUs, or the whole nodes it occupies. */
  billingUnit: BillingUnit;
  /** Share of compute costs refunded (0–1). */
  cashbackRate: number;
  gpusPerNode: number;
  maxJobHours: number;
  /** Up to this total (expected GPU-hours) the Playground access mode is suggested. */
  playgroundMaxGpuHours: number;
  /** Up to this total Fast Lane is suggested; above it Large Scale. */
  fastLaneMaxGpuHours: number;
}

export type NumericSettingKey = Exclude<keyof GpuBudgetSettings, 'carbonBasis' | 'billingUnit'>;

export interface SettingReference {
  id: NumericSettingKey;
  default: number;
  unit: string;
  source: string;
  basis: LocalizedText;
  unconfirmed: boolean;
  lastChecked: string;
}

const checked = GPU_REFERENCE_LAST_CHECKED;

export const SETTING_REFERENCES: Readonly<Record<NumericSettingKey, SettingReference>> = {
  pricePerGpuHourCents: {
    id: 'pricePerGpuHourCents',
    // €4.10 ÷ 4 GPUs = €1.025, rounded to whole cents.
    default: 103,
    unit: 'EUR cents / GPU-hour',
    source: 'EuroHPC Vega (IZUM) price list: €4.10 excl. VAT per node-hour of 4× A100, plus a €1,000 yearly project fee; MeluXina price not public',
    basis: {
      en: 'Not public for MeluXina. Default taken from the Vega price list (EuroHPC, IZUM): €4.10 excl. VAT per node-hour of 4× A100, i.e. about €1.03 per GPU-hour. Vega also charges a €1,000 yearly project fee, not included in the cost per hour. Replace it with the price the L-AIF quotes.',
      fr: 'Non public pour MeluXina. Valeur par défaut reprise de la liste de prix de Vega (EuroHPC, IZUM) : 4,10 € HT par heure-nœud de 4× A100, soit environ 1,03 € par heure GPU. Vega facture aussi des frais de projet de 1 000 € par an, non compris dans le coût horaire. À remplacer par le prix communiqué par la L-AIF.',
      de: 'Für MeluXina nicht veröffentlicht. Standardwert aus der Preisliste von Vega (EuroHPC, IZUM): 4,10 € ohne MwSt. pro Knotenstunde mit 4× A100, also rund 1,03 € pro GPU-Stunde. Vega berechnet zusätzlich eine Projektgebühr von 1.000 € pro Jahr, die in den Stundenkosten nicht enthalten ist. Durch den von der L-AIF genannten Preis ersetzen.',
      lb: 'Fir MeluXina net ëffentlech. Standardwäert aus der Präislëscht vu Vega (EuroHPC, IZUM): 4,10 € ouni TVA pro Knuetstonn mat 4× A100, also ongeféier 1,03 € pro GPU-Stonn. Vega rechent och eng Projetsgebühr vun 1.000 € pro Joer, déi net an de Stonnekäschten dra sinn. Duerch de Präis ersetzen, deen d’L-AIF nennt.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  pue: {
    id: 'pue',
    default: 1.2,
    unit: 'ratio',
    source: 'Planning value ~1.2 (no measured PUE published for MeluXina); PUE as defined in ISO/IEC 30134-2',
    basis: {
      en: 'Power usage effectiveness of the data centre (total power ÷ IT power). 1.2 is the planning value; MeluXina’s measured PUE is not published.',
      fr: 'Efficacité énergétique du centre de données (puissance totale ÷ puissance informatique). 1,2 est la valeur de planification ; le PUE mesuré de MeluXina n’est pas publié.',
      de: 'Energieeffizienz des Rechenzentrums (Gesamtleistung ÷ IT-Leistung). 1,2 ist der Planungswert; der gemessene PUE von MeluXina ist nicht veröffentlicht.',
      lb: 'Energieeffizienz vum Rechenzentrum (Gesamtleeschtung ÷ IT-Leeschtung). 1,2 ass de Planungswäert; de gemoossene PUE vu MeluXina ass net publizéiert.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  carbonLocationGPerKwh: {
    id: 'carbonLocationGPerKwh',
    default: 344,
    unit: 'g CO2e / kWh',
    source: 'https://lowcarbonpower.org/region/Luxembourg (2023, consumption-based)',
    basis: {
      en: 'Luxembourg’s grid, location-based (consumption, imports included), 2023.',
      fr: 'Réseau luxembourgeois, méthode fondée sur la localisation (consommation, importations comprises), 2023.',
      de: 'Luxemburger Stromnetz, standortbasiert (Verbrauch einschließlich Importe), 2023.',
      lb: 'Lëtzebuerger Stroumnetz, standuertbaséiert (Verbrauch mat Importer), 2023.',
    },
    unconfirmed: false,
    lastChecked: checked,
  },
  carbonProductionGPerKwh: {
    id: 'carbonProductionGPerKwh',
    default: 105,
    unit: 'g CO2e / kWh',
    source: 'https://ourworldindata.org/grapher/carbon-intensity-electricity?country=~LUX (Ember, 2023, production-based)',
    basis: {
      en: 'Electricity produced in Luxembourg only (national production, imports excluded), 2023.',
      fr: 'Électricité produite au Luxembourg uniquement (production nationale, hors importations), 2023.',
      de: 'Nur in Luxemburg erzeugter Strom (Inlandserzeugung ohne Importe), 2023.',
      lb: 'Just zu Lëtzebuerg produzéierte Stroum (national Produktioun ouni Importer), 2023.',
    },
    unconfirmed: false,
    lastChecked: checked,
  },
  carbonResidualMixGPerKwh: {
    id: 'carbonResidualMixGPerKwh',
    // No AIB residual-mix figure for Luxembourg is recorded in the app yet: the GHG Protocol's
    // market-based hierarchy then falls back to the grid average, i.e. the location-based 344 g.
    default: 344,
    unit: 'g CO2e / kWh',
    source: 'GHG Protocol Scope 2 Guidance, market-based hierarchy: residual mix (AIB European Residual Mixes), else grid average — https://ghgprotocol.org/scope-2-guidance',
    basis: {
      en: 'Market-based without guarantees of origin: the residual mix of Luxembourg (AIB). No AIB figure is recorded here yet, so the grid average (344 g, location-based) stands in; enter the AIB figure for the year when you have it.',
      fr: 'Méthode fondée sur le marché sans garanties d’origine : le mix résiduel du Luxembourg (AIB). Aucun chiffre de l’AIB n’est encore enregistré ici : la moyenne du réseau (344 g, fondée sur la localisation) le remplace ; saisissez le chiffre de l’AIB pour l’année dès que vous l’avez.',
      de: 'Marktbasiert ohne Herkunftsnachweise: der Residualmix Luxemburgs (AIB). Hier ist noch kein AIB-Wert erfasst, daher steht der Netzdurchschnitt (344 g, standortbasiert) an seiner Stelle; tragen Sie den AIB-Wert des Jahres ein, sobald Sie ihn haben.',
      lb: 'Maartbaséiert ouni Hierkonftsnoweiser: de Residualmix vu Lëtzebuerg (AIB). Hei ass nach keen AIB-Wäert erfaasst, dofir steet den Duerchschnëtt vum Netz (344 g, standuertbaséiert) op senger Plaz; gitt den AIB-Wäert vum Joer an, soubal Dir en hutt.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  carbonMarketGPerKwh: {
    id: 'carbonMarketGPerKwh',
    default: 0,
    unit: 'g CO2e / kWh',
    source: 'Operator’s guarantees of origin, as recorded in Settings; GHG Protocol Scope 2 Guidance (market-based method), https://ghgprotocol.org/scope-2-guidance',
    basis: {
      en: 'Market-based with guarantees of origin: a data centre whose supply is covered by guarantees of origin for renewable power reports close to 0. Choose this basis only once the operator has confirmed it.',
      fr: 'Méthode fondée sur le marché avec garanties d’origine : un centre de données dont l’approvisionnement est couvert par des garanties d’origine d’électricité renouvelable déclare presque 0. Ne choisissez cette base qu’une fois que l’exploitant l’a confirmé.',
      de: 'Marktbasiert mit Herkunftsnachweisen: Ein Rechenzentrum, dessen Bezug durch Herkunftsnachweise für erneuerbaren Strom gedeckt ist, weist nahezu 0 aus. Wählen Sie diese Grundlage erst, wenn der Betreiber es bestätigt hat.',
      lb: 'Maartbaséiert mat Hierkonftsnoweiser: E Rechenzentrum, deem säi Stroum duerch Hierkonftsnoweiser fir erneierbare Stroum ofgedeckt ass, weist bal 0 aus. Wielt dës Basis eréischt, wann de Bedreiwer et confirméiert huet.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  cashbackRate: {
    id: 'cashbackRate',
    default: 0.8,
    unit: 'fraction',
    source: 'L-AIF announcement (Dec 2025): "refunded up to 80 % of MeluXina compute usage costs"; no public terms found',
    basis: {
      en: 'Refund of up to 80 % of MeluXina compute costs for eligible SMEs and start-ups, as announced with the L-AIF (Dec 2025). No public terms found yet.',
      fr: 'Remboursement jusqu’à 80 % des coûts de calcul sur MeluXina pour les PME et start-up éligibles, tel qu’annoncé avec la L-AIF (déc. 2025). Aucune condition publique trouvée à ce jour.',
      de: 'Erstattung von bis zu 80 % der MeluXina-Rechenkosten für förderfähige KMU und Start-ups, wie mit der L-AIF angekündigt (Dez. 2025). Bisher keine öffentlichen Bedingungen gefunden.',
      lb: 'Remboursement vu bis zu 80 % vun de Rechekäschten op MeluXina fir berechtegt KMU a Start-ups, esou wéi mat der L-AIF ugekënnegt (Dez. 2025). Bis elo keng ëffentlech Konditioune fonnt.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  gpusPerNode: {
    id: 'gpusPerNode',
    default: 4,
    unit: 'GPUs / node',
    source: 'https://docs.lxp.lu/system/overview/ (GPU nodes: 4× A100-40GB; allocations in node-hours, 1 node-hour = 4 GPU-hours)',
    basis: {
      en: 'MeluXina allocations are counted in node-hours: 1 node-hour = 4 GPU-hours.',
      fr: 'Les allocations MeluXina sont comptées en heures-nœud : 1 heure-nœud = 4 heures GPU.',
      de: 'MeluXina-Zuteilungen werden in Knotenstunden gezählt: 1 Knotenstunde = 4 GPU-Stunden.',
      lb: 'MeluXina-Zouteelunge ginn a Knuetstonne gezielt: 1 Knuetstonn = 4 GPU-Stonnen.',
    },
    unconfirmed: false,
    lastChecked: checked,
  },
  maxJobHours: {
    id: 'maxJobHours',
    default: 48,
    unit: 'hours',
    source: 'https://docs.lxp.lu/ (MeluXina jobs limited to ~48 h)',
    basis: {
      en: 'Maximum run time of one job on MeluXina (~48 h). Longer training must save checkpoints and resume in a new job.',
      fr: 'Durée maximale d’un job sur MeluXina (~48 h). Un entraînement plus long doit enregistrer des points de reprise (checkpoints) et repartir dans un nouveau job.',
      de: 'Maximale Laufzeit eines Jobs auf MeluXina (~48 h). Längeres Training muss Checkpoints speichern und in einem neuen Job weiterlaufen.',
      lb: 'Maximal Lafzäit vun engem Job op MeluXina (~48 h). Méi laangt Training muss Checkpoints späicheren an an engem neie Job weiderlafen.',
    },
    unconfirmed: false,
    lastChecked: checked,
  },
  playgroundMaxGpuHours: {
    id: 'playgroundMaxGpuHours',
    default: 1000,
    unit: 'GPU-hours',
    source: 'Workbench heuristic; EuroHPC AI Factory Playground access publishes no GPU-hour cap',
    basis: {
      en: 'EuroHPC Playground access is the entry mode for first tests (~2 working days, 1–3 months); no GPU-hour cap is published. Up to this total the workbench suggests Playground.',
      fr: 'L’accès Playground d’EuroHPC est le mode d’entrée pour de premiers tests (~2 jours ouvrables, 1 à 3 mois) ; aucun plafond d’heures GPU n’est publié. Jusqu’à ce total, l’outil propose Playground.',
      de: 'Der EuroHPC-Zugang „Playground“ ist der Einstieg für erste Tests (~2 Arbeitstage, 1–3 Monate); eine Obergrenze an GPU-Stunden ist nicht veröffentlicht. Bis zu dieser Summe schlägt die Workbench Playground vor.',
      lb: 'Den EuroHPC-Zougang „Playground“ ass de Startpunkt fir éischt Tester (~2 Aarbechtsdeeg, 1–3 Méint); et ass keng Limitt u GPU-Stonne publizéiert. Bis zu dëser Zomm proposéiert d’Workbench Playground.',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
  fastLaneMaxGpuHours: {
    id: 'fastLaneMaxGpuHours',
    default: 50_000,
    unit: 'GPU-hours',
    source: 'EuroHPC AI Factory access modes, secondary summary (Fast Lane ≤ 50,000 GPU-hours; Large Scale above)',
    basis: {
      en: 'Fast Lane covers requests up to 50,000 GPU-hours (~4 working days, 1–3 months); above it, Large Scale access with peer review (3, 6 or 12 months).',
      fr: 'Fast Lane couvre les demandes jusqu’à 50 000 heures GPU (~4 jours ouvrables, 1 à 3 mois) ; au-delà, accès Large Scale avec évaluation par les pairs (3, 6 ou 12 mois).',
      de: 'Fast Lane deckt Anträge bis 50.000 GPU-Stunden ab (~4 Arbeitstage, 1–3 Monate); darüber Large-Scale-Zugang mit Peer-Review (3, 6 oder 12 Monate).',
      lb: 'Fast Lane deckt Ufroe bis 50.000 GPU-Stonnen of (~4 Aarbechtsdeeg, 1–3 Méint); driwwer Large-Scale-Zougang mat Peer-Review (3, 6 oder 12 Méint).',
    },
    unconfirmed: true,
    lastChecked: checked,
  },
};

export const CARBON_BASIS_LABELS: Readonly<Record<CarbonBasis, LocalizedText>> = {
  location: {
    en: 'Location-based (Luxembourg grid, imports included)',
    fr: 'Fondée sur la localisation (réseau luxembourgeois, importations comprises)',
    de: 'Standortbasiert (Luxemburger Netz einschließlich Importe)',
    lb: 'Standuertbaséiert (Lëtzebuerger Netz mat Importer)',
  },
  production: {
    en: 'National production (Luxembourg only)',
    fr: 'Production nationale (Luxembourg uniquement)',
    de: 'Inlandserzeugung (nur Luxemburg)',
    lb: 'National Produktioun (nëmme Lëtzebuerg)',
  },
  market: {
    en: 'Market-based, residual mix (no guarantees of origin recorded)',
    fr: 'Fondée sur le marché, mix résiduel (aucune garantie d’origine enregistrée)',
    de: 'Marktbasiert, Residualmix (keine Herkunftsnachweise erfasst)',
    lb: 'Maartbaséiert, Residualmix (keng Hierkonftsnoweiser erfaasst)',
  },
  market_go: {
    en: 'Market-based, operator’s guarantees of origin (confirmed)',
    fr: 'Fondée sur le marché, garanties d’origine de l’exploitant (confirmées)',
    de: 'Marktbasiert, Herkunftsnachweise des Betreibers (bestätigt)',
    lb: 'Maartbaséiert, Hierkonftsnoweiser vum Bedreiwer (confirméiert)',
  },
};

export const BILLING_UNIT_LABELS: Readonly<Record<BillingUnit, LocalizedText>> = {
  gpu: {
    en: 'Per GPU: a job pays for the GPUs it uses',
    fr: 'Par GPU : une tâche paie les GPU qu’elle utilise',
    de: 'Pro GPU: Ein Job zahlt die GPUs, die er nutzt',
    lb: 'Pro GPU: E Job bezilt d’GPUen, déi e benotzt',
  },
  node: {
    en: 'Per node: a job pays for whole nodes (a one-GPU job pays a node of 4)',
    fr: 'Par nœud : une tâche paie des nœuds entiers (une tâche sur un GPU paie un nœud de 4)',
    de: 'Pro Knoten: Ein Job zahlt ganze Knoten (ein Job mit einer GPU zahlt einen Knoten mit 4)',
    lb: 'Pro Knuet: E Job bezilt ganz Kniet (e Job mat enger GPU bezilt e Knuet mat 4)',
  },
};

/**
 * Per node by default: MeluXina and Vega count allocations in node-hours, and budgeting a one-GPU
 * job at a quarter of a node would understate its cost fourfold if the operator bills whole
 * nodes. Unconfirmed: neither publishes how a partly used node is billed.
 */
const DEFAULT_BILLING_UNIT: BillingUnit = 'node';
export const BILLING_UNIT_SOURCE =
  'https://docs.lxp.lu/system/overview/ (allocations counted in node-hours); whether a partly used node is billed whole is not published';

/** Location-based by default: the figure that counts the imported electricity actually used. */
const DEFAULT_CARBON_BASIS: CarbonBasis = 'location';

export function defaultGpuBudgetSettings(): GpuBudgetSettings {
  const r = SETTING_REFERENCES;
  return {
    pricePerGpuHourCents: r.pricePerGpuHourCents.default,
    pue: r.pue.default,
    carbonBasis: DEFAULT_CARBON_BASIS,
    carbonLocationGPerKwh: r.carbonLocationGPerKwh.default,
    carbonProductionGPerKwh: r.carbonProductionGPerKwh.default,
    carbonResidualMixGPerKwh: r.carbonResidualMixGPerKwh.default,
    carbonMarketGPerKwh: r.carbonMarketGPerKwh.default,
    billingUnit: DEFAULT_BILLING_UNIT,
    cashbackRate: r.cashbackRate.default,
    gpusPerNode: r.gpusPerNode.default,
    maxJobHours: r.maxJobHours.default,
    playgroundMaxGpuHours: r.playgroundMaxGpuHours.default,
    fastLaneMaxGpuHours: r.fastLaneMaxGpuHours.default,
  };
}

export const CARBON_SETTING_KEY: Readonly<Record<CarbonBasis, NumericSettingKey>> = {
  location: 'carbonLocationGPerKwh',
  production: 'carbonProductionGPerKwh',
  market: 'carbonResidualMixGPerKwh',
  market_go: 'carbonMarketGPerKwh',
};

export function carbonIntensityGPerKwh(settings: GpuBudgetSettings): number {
  return settings[CARBON_SETTING_KEY[settings.carbonBasis]];
}
