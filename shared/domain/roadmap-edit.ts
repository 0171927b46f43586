/**
 * Pure rules around an edited roadmap: its texts in a language, the warnings shown on an
 * initiative, what stops a sign-off, the comparison with the generated proposal, the reason
 * sentence ("Data: 28 vs target 60; no data inventory"). The portal payload is built in
 * shared/contract/roadmap-payload.ts.
 * No I/O and no clock: the service and the screens call the same functions.
 */
import { formatScore } from '../format';
import type { Locale } from '../locale';
import { triageAiAct, type AiActAnswers, type AiActRisk, type AiActTriage } from './ai-act';
import { ROADMAP_RULES, type InitiativeReason, type ProposedRoadmap } from './roadmap';
import { findTemplate, type Catalogue, type Pillar } from '../reference/catalogue';

/** The fields of an initiative these rules read (a stored row; the contract's view extends it). */
export interface EditedInitiative {
  /** Identity of the initiative across revisions (the portal payload's `id`). */
  key: string;
  /** null = custom initiative. */
  templateId: string | null;
  /** The advisor's title; '' = the catalogue title in the reader's language (see `resolveInitiativeText`). */
  title: string;
  pillar: Pillar;
  dimensionIds: readonly string[];
  startMonth: number;
  durationMonths: number;
  costCents: number;
  owner: string;
  expectedBenefitCentsPerYear: number | null;
  /** '' = the catalogue KPIs in the reader's language. */
  kpi: string;
  usesAi: boolean;
  aiActAnswers: AiActAnswers;
}

export type RoadmapWarning =
  /** Starts before a prerequisite in this roadmap has ended. */
  | { code: 'starts_before_prerequisite'; prerequisiteKey: string; prerequisiteTemplateId: string }
  /** A prerequisite is neither in the roadmap nor in place in the company (by the check's answers). */
  | { code: 'prerequisite_missing'; prerequisiteTemplateId: string }
  | { code: 'ai_act_unclassified' }
  | { code: 'ai_act_prohibited' }
  | { code: 'ai_act_high' };

export type RoadmapProblemCode =
  | 'no_initiatives'
  | 'prohibited_initiative'
  | 'company_size_unknown'
  | 'company_name_missing'
  | 'no_overall_score'
  | 'payload_invalid';

export interface RoadmapProblem {
  code: RoadmapProblemCode;
  /** The initiative concerned, when there is one. */
  key?: string;
  /** Path in the portal payload, for `payload_invalid`. */
  path?: string;
}

/** The initiative's title and KPI in a language: the advisor's text, else the catalogue's. */
export function resolveInitiativeText(
  initiative: Pick<EditedInitiative, 'templateId' | 'title' | 'kpi'>,
  catalogue: Catalogue | undefined,
  locale: Locale,
): { title: string; kpi: string } {
  const template = initiative.templateId && catalogue ? findTemplate(catalogue, initiative.templateId) : undefined;
  const title = initiative.title.trim() || template?.title[locale] || initiative.templateId || '';
  const kpi = initiative.kpi.trim() || (template ? template.kpis.map((k) => k[locale]).join('; ') : '');
  return { title, kpi };
}

/** The AI Act triage of an initiative; null when it neither builds nor uses an AI system. */
export function initiativeTriage(initiative: Pick<EditedInitiative, 'usesAi' | 'aiActAnswers'>): AiActTriage | null {
  return initiative.usesAi ? triageAiAct(initiative.aiActAnswers) : null;
}

/** The tier sent to the portal: 'minimal' for an initiative without an AI system (no AI Act duty). */
export function effectiveRisk(initiative: Pick<EditedInitiative, 'usesAi' | 'aiActAnswers'>): AiActRisk {
  return initiativeTriage(initiative)?.risk ?? 'minimal';
}

/**
 * Warnings per initiative key. `inPlace` = template ids whose practices the check shows in place
 * (every item answered ≥ 0.8), which need not be in the roadmap as prerequisites.
 */
export function roadmapWarnings(
  initiatives: readonly EditedInitiative[],
  catalogue: Catalogue | undefined,
  inPlace: ReadonlySet<string>,
): Map<string, RoadmapWarning[]> {
  const byTemplate = new Map<string, EditedInitiative>();
  for (const i of initiatives) if (i.templateId && !byTemplate.has(i.templateId)) byTemplate.set(i.templateId, i);
  const out = new Map<string, RoadmapWarning[]>();
  for (const i of initiatives) {
    const warnings: RoadmapWarning[] = [];
    const template = i.templateId && catalogue ? findTemplate(catalogue, i.templateId) : undefined;
    for (const p of template?.prerequisites ?? []) {
      const pre = byTemplate.get(p);
      if (pre) {
        if (i.startMonth < pre.startMonth + pre.durationMonths && pre.key !== i.key) {
          warnings.push({ code: 'starts_before_prerequisite', prerequisiteKey: pre.key, prerequisiteTemplateId: p });
        }
      } else if (!inPlace.has(p)) {
        warnings.push({ code: 'prerequisite_missing', prerequisiteTemplateId: p });
      }
    }
    const risk = initiativeTriage(i)?.risk;
    if (risk === 'unclassified') warnings.push({ code: 'ai_act_unclassified' });
    if (risk === 'prohibited') warnings.push({ code: 'ai_act_prohibited' });
    if (risk === 'high') warnings.push({ code: 'ai_act_high' });
    out.set(i.key, warnings);
  }
  return out;
}

/** Template ids whose every item the check answered ≥ 0.8 (the generator's "already in place"). */
export function templatesInPlace(catalogue: Catalogue | undefined, itemScores: ReadonlyMap<string, number | null>): Set<string> {
  const out = new Set<string>();
  for (const t of catalogue?.templates ?? []) {
    const all = t.itemIds.length > 0 && t.itemIds.every((id) => {
      const s = itemScores.get(id);
      return typeof s === 'number' && s >= ROADMAP_RULES.inPlaceItemMin;
    });
    if (all) out.add(t.id);
  }
  return out;
}

/** What stops the sign-off that is not a payload field: nothing to sign, a prohibited practice. */
export function signOffBlockers(initiatives: readonly EditedInitiative[]): RoadmapProblem[] {
  const problems: RoadmapProblem[] = [];
  if (initiatives.length === 0) problems.push({ code: 'no_initiatives' });
  for (const i of initiatives) {
    if (initiativeTriage(i)?.risk === 'prohibited') problems.push({ code: 'prohibited_initiative', key: i.key });
  }
  return problems;
}

export type ComparisonChange = 'start' | 'duration' | 'cost' | 'pillar' | 'title';

export interface ProposalComparison {
  kept: { templateId: string; key: string; changes: ComparisonChange[] }[];
  removed: string[];
  added: { key: string; templateId: string | null }[];
}

/**
 * The edited roadmap against the proposal it came from. A proposed template counts as kept while
 * an initiative with that template id is in the roadmap (the first one, in roadmap order).
 */
export function compareWithProposal(proposal: ProposedRoadmap, initiatives: readonly EditedInitiative[]): ProposalComparison {
  const taken = new Set<string>();
  const kept: ProposalComparison['kept'] = [];
  const removed: string[] = [];
  for (const p of proposal.initiatives) {
    const match = initiatives.find((i) => i.templateId === p.templateId && !taken.has(i.key));
    if (!match) {
      removed.push(p.templateId);
      continue;
    }
    taken.add(match.key);
    const changes: ComparisonChange[] = [];
    if (match.startMonth !== p.startMonth) changes.push('start');
    if (match.durationMonths !== p.durationMonths) changes.push('duration');
    if (match.costCents !== p.costCents) changes.push('cost');
    if (match.pillar !== p.pillar) changes.push('pillar');
    if (match.title.trim() !== '') changes.push('title');
    kept.push({ templateId: p.templateId, key: match.key, changes });
  }
  const added = initiatives.filter((i) => !taken.has(i.key)).map((i) => ({ key: i.key, templateId: i.templateId }));
  return { kept, removed, added };
}

/** A minimal i18next-style lookup (`namespace:key`, `{{var}}`), as in shared/report/translate.ts. */
export type TextLookup = (key: string, vars?: Record<string, string | number>) => string;

/**
 * "Data: 28 vs target 60; no data inventory, data quality unchecked". Keys in the `roadmap`
 * namespace: `reason.gap`, `reason.noTarget`, `reason.sustain`, `reason.weakLead`, `reason.weakJoin` and one
 * short phrase per instrument item under `weak.<itemId>` (dots in item ids become underscores).
 * Only an agreed target is ever named: a reason without one (or one stored by an older roadmap
 * with an invented default target, `targetIsDefault`) says that no target was agreed.
 */
export function describeReason(reason: InitiativeReason, dimensionTitle: string, locale: Locale, t: TextLookup): string {
  const score = formatScore(reason.score, locale);
  const agreed = reason.target !== null && reason.gap !== null && reason.targetIsDefault !== true;
  const head = !agreed
    ? t('roadmap:reason.noTarget', { dimension: dimensionTitle, score })
    : (reason.gap as number) <= ROADMAP_RULES.smallGapPoints
      ? t('roadmap:reason.sustain', { dimension: dimensionTitle, score })
      : t('roadmap:reason.gap', { dimension: dimensionTitle, score, target: formatScore(reason.target, locale) });
  const weak = reason.weakItemIds.map((id) => t(`roadmap:weak.${id.replace(/\./g, '_')}`));
  return weak.length > 0 ? `${head}${t('roadmap:reason.weakLead')}${weak.join(t('roadmap:reason.weakJoin'))}` : head;
}
