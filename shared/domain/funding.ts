/**
 * Funding scenario: which aid the selected schemes pay on a set of cost lines (domain.md §3).
 * Pure and deterministic; all money is integer euro cents (excl. VAT).
 *
 * How a scenario is computed, in this order:
 * 1. Inputs are checked (FundingInputError on anything hostile). A compute line priced by the hour
 *    (gpuHours and pricePerGpuHourCents both set) costs round(gpuHours × price).
 * 2. Size class unknown → status 'size_unknown', the missing figures listed, no aid at all.
 * 3. Schemes are applied in a fixed order, whatever order they were selected in: schemes that do
 *    not count as de minimis first (they leave the €300,000 headroom free), then de minimis ones;
 *    ties by scheme id. perScheme lists them in that order.
 * 4. Eligibility per scheme: size class (intensity null = not eligible), eligible cost types,
 *    project size (sum of the scheme's eligible lines) within min/max, GPU-hour bounds.
 * 5. What each eligible scheme would pay on each of its lines on its own: floor(intensity × cost)
 *    (rounded down so aid never exceeds the legal intensity), or for a flat grant its fixed amount
 *    spread over the covered lines in line order, never more than their cost.
 * 6. Cumulation (GBER art. 8(3), de minimis Reg. 2023/2831 art. 5(2)): a line never receives more
 *    than the largest of those single-scheme amounts — i.e. the highest intensity any selected
 *    scheme allows for it. Schemes applied later are trimmed to the room left.
 * 7. Caps per scheme are used up line by line in the order the lines were given (not
 *    proportionally): the line where the cap bites gets a part, later lines nothing from that
 *    scheme — so a later scheme can still fund them.
 * 8. De minimis schemes share the headroom €300,000 − prior de minimis aid (3 rolling years),
 *    again used up in scheme order then line order.
 * 9. Validity: the rule set carries a valid-until date (GBER ends 31 Dec 2026); the caller passes
 *    today's date (the engine has no clock). After that date the figures are still computed, and
 *    the first warning says the rules must be rechecked.
 * A line no selected scheme funds says why: no scheme pays for its cost type, or a scheme that
 * does is closed by the company's size or the project's size / GPU-hours (not "no scheme").
 * Every trim or exclusion leaves a Rule (data, not text) so the UI can explain it in 4 languages.
 */
import type { SizeClass } from './sme-size';
import type { CostType, Scheme } from '../reference/schemes/types';
import { DE_MINIMIS_CEILING_CENTS, PPM, type ScenarioInput, type RuleCode, type Rule, type SchemeOutcome, type LineOutcome, type DeMinimisOutcome, type ScenarioResult } from './funding-types';
import { type Line, checkInput } from './funding-input';

// The parts of the engine, re-exported so callers import from one module.
export { DE_MINIMIS_CEILING_CENTS, MAX_CENTS, MAX_COST_LINES, MAX_SCHEMES, type CostLine, type ScenarioInput, type RuleCode, type RuleParam, type Rule, type SchemeOutcome, type LineOutcome, type DeMinimisOutcome, type ScenarioResult, type FundingInputErrorCode, FundingInputError } from './funding-types';
export { checkCents, lineAmountCents } from './funding-input';

// ---------------------------------------------------------------------------------------------
// Computation

/** The documented application order: non–de minimis before de minimis, then by id (code-unit order). */
export function orderSchemes(schemes: readonly Scheme[]): Scheme[] {
  return [...schemes].sort((a, b) => {
    if (a.countsAsDeMinimis !== b.countsAsDeMinimis) return a.countsAsDeMinimis ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

const toPpm = (fraction: number): number => Math.round(fraction * PPM);

/** floor(amount × ppm / 1e6) exactly: amount × ppm can exceed 2^53, so use BigInt. */
function applyPpm(amountCents: number, ppm: number): number {
  return Number((BigInt(amountCents) * BigInt(ppm)) / BigInt(PPM));
}

interface Plan {
  scheme: Scheme;
  eligible: boolean;
  /** Rules explaining eligibility (or its absence) and the figures used. */
  rules: Rule[];
  intensityPpm: number;
  /** Indices of the lines the scheme can fund, in line order. */
  lineIdx: number[];
  /** What the scheme alone would pay on each of its lines (by line index). */
  desired: Map<number, number>;
  /** Lines paid from the flat grant (by line index). */
  flatLines: Set<number>;
  flatCoveredCents: number;
}

function unconfirmedRule(s: Scheme): Rule | null {
  const fields = s.unconfirmedFields ?? [];
  if (s.confirmed && fields.length === 0) return null;
  return { code: 'unconfirmed', schemeId: s.id, params: { confirmed: s.confirmed, fields: [...fields] } };
}

function planScheme(s: Scheme, size: SizeClass, lines: Line[], collaboration: boolean): Plan {
  const plan: Plan = { scheme: s, eligible: false, rules: [], intensityPpm: 0, lineIdx: [], desired: new Map(), flatLines: new Set(), flatCoveredCents: 0 };
  const unconfirmed = unconfirmedRule(s);
  if (unconfirmed) plan.rules.push(unconfirmed);
  const assumedAs = s.sizeAssumptions?.[size];
  if (assumedAs) plan.rules.push({ code: 'size_assumption', schemeId: s.id, params: { sizeClass: size, assumedAs } });

  const base = s.intensityBySize[size];
  if (base === null) {
    plan.rules.push({ code: 'not_eligible_size', schemeId: s.id, params: { sizeClass: size } });
    return plan;
  }
  plan.lineIdx = lines.flatMap((l, i) => (s.eligibleCostTypes.includes(l.type) ? [i] : []));
  if (plan.lineIdx.length === 0) {
    plan.rules.push({ code: 'not_eligible_cost_type', schemeId: s.id, params: { costTypes: [...s.eligibleCostTypes] } });
    return plan;
  }
  const projectCents = plan.lineIdx.reduce((sum, i) => sum + lines[i].amountCents, 0);
  if (s.minProjectCents !== undefined && projectCents < s.minProjectCents) {
    plan.rules.push({ code: 'project_below_min', schemeId: s.id, params: { projectCents, minProjectCents: s.minProjectCents } });
    return plan;
  }
  if (s.maxProjectCents !== undefined && projectCents > s.maxProjectCents) {
    plan.rules.push({ code: 'project_above_max', schemeId: s.id, params: { projectCents, maxProjectCents: s.maxProjectCents } });
    return plan;
  }
  // GPU-hours of lines without an hour count are unknown and counted as 0.
  const gpuHours = plan.lineIdx.reduce((sum, i) => sum + (lines[i].gpuHours ?? 0), 0);
  if (s.gpuHoursAtMost !== undefined && gpuHours > s.gpuHoursAtMost) {
    plan.rules.push({ code: 'gpu_hours_above_max', schemeId: s.id, params: { gpuHours, maxGpuHours: s.gpuHoursAtMost } });
    return plan;
  }
  if (s.gpuHoursAbove !== undefined && !(gpuHours > s.gpuHoursAbove)) {
    plan.rules.push({ code: 'gpu_hours_below_min', schemeId: s.id, params: { gpuHours, minGpuHoursExclusive: s.gpuHoursAbove } });
    return plan;
  }

  plan.eligible = true;
  plan.intensityPpm = toPpm(base);
  if (collaboration && s.collaborationBonus) {
    const boosted = Math.min(toPpm(s.collaborationBonus.maxIntensity), plan.intensityPpm + toPpm(s.collaborationBonus.points));
    plan.rules.push({
      code: 'collaboration_bonus',
      schemeId: s.id,
      params: { baseIntensity: base, points: s.collaborationBonus.points, maxIntensity: s.collaborationBonus.maxIntensity, intensity: boosted / PPM },
    });
    plan.intensityPpm = Math.max(plan.intensityPpm, boosted);
  }

  const flatTypes: readonly CostType[] = s.flatGrantCents !== undefined ? s.flatGrantCostTypes ?? s.eligibleCostTypes : [];
  let flatLeft = s.flatGrantCents ?? 0;
  for (const i of plan.lineIdx) {
    const amount = lines[i].amountCents;
    if (flatTypes.includes(lines[i].type)) {
      const share = Math.min(flatLeft, amount);
      flatLeft -= share;
      plan.flatLines.add(i);
      plan.flatCoveredCents += amount;
      plan.desired.set(i, share);
    } else {
      plan.desired.set(i, applyPpm(amount, plan.intensityPpm));
    }
  }
  return plan;
}

function emptyDeMinimis(prior: number): DeMinimisOutcome {
  return {
    ceilingCents: DE_MINIMIS_CEILING_CENTS,
    priorCents: prior,
    usedByScenarioCents: 0,
    headroomCents: Math.max(0, DE_MINIMIS_CEILING_CENTS - prior),
    exceeded: prior > DE_MINIMIS_CEILING_CENTS,
  };
}

function pricedRule(line: Line): Rule[] {
  if (!line.priced) return [];
  return [{ code: 'compute_priced', params: { gpuHours: line.priced.gpuHours, pricePerGpuHourCents: line.priced.pricePerGpuHourCents, amountCents: line.amountCents } }];
}

/** Codes that close a scheme to this company or project (as opposed to "no such cost"). */
const EXCLUSION_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'not_eligible_size',
  'project_below_min',
  'project_above_max',
  'gpu_hours_above_max',
  'gpu_hours_below_min',
]);

function expiryWarning(validity: ScenarioResult['validity']): Rule[] {
  return validity?.expired ? [{ code: 'rules_expired', params: { validUntil: validity.validUntil, today: validity.today } }] : [];
}

export function computeScenario(input: ScenarioInput): ScenarioResult {
  const { validity, sizeClass, missing, lines, schemes, prior, collaboration } = checkInput(input);
  const totalCostCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const ordered = orderSchemes(schemes);

  if (sizeClass === null) {
    const sizeRule: Rule = { code: 'size_unknown', params: { missingFigures: missing } };
    return {
      status: 'size_unknown',
      sizeClass: null,
      missingSizeFigures: missing,
      perScheme: ordered.map((s) => ({ schemeId: s.id, revision: s.revision, eligible: false, aidCents: 0, rules: [{ ...sizeRule, schemeId: s.id }] })),
      perLine: lines.map((l) => ({
        lineId: l.id, type: l.type, amountCents: l.amountCents, aidCents: 0, netCents: l.amountCents,
        aidBySchemeCents: {}, maxIntensity: 0, rules: pricedRule(l),
      })),
      totalCostCents,
      totalAidCents: 0,
      netCostCents: totalCostCents,
      deMinimis: emptyDeMinimis(prior),
      warnings: [...expiryWarning(validity), sizeRule],
      validity,
    };
  }

  const plans = ordered.map((s) => planScheme(s, sizeClass, lines, collaboration));

  // Cumulation ceiling per line: the most any single eligible scheme would pay on it.
  const ceilingCents = lines.map(() => 0);
  const maxIntensity = lines.map(() => 0);
  for (const plan of plans) {
    if (!plan.eligible) continue;
    for (const i of plan.lineIdx) {
      const desired = plan.desired.get(i) ?? 0;
      ceilingCents[i] = Math.max(ceilingCents[i], desired);
      const amount = lines[i].amountCents;
      const nominal = plan.flatLines.has(i) ? (amount > 0 ? desired / amount : 0) : plan.intensityPpm / PPM;
      maxIntensity[i] = Math.max(maxIntensity[i], nominal);
    }
  }

  const allocated = lines.map(() => 0);
  const lineRules: Rule[][] = lines.map((l) => pricedRule(l));
  const aidByScheme: Array<Record<string, number>> = lines.map(() => ({}));
  const dmAvailable = Math.max(0, DE_MINIMIS_CEILING_CENTS - prior);
  let dmLeft = dmAvailable;
  let dmRequested = 0;
  let dmUsed = 0;
  const warnings: Rule[] = [];
  const perScheme: SchemeOutcome[] = [];

  for (const plan of plans) {
    const s = plan.scheme;
    if (!plan.eligible) {
      perScheme.push({ schemeId: s.id, revision: s.revision, eligible: false, aidCents: 0, rules: plan.rules });
      continue;
    }
    const cap = s.capCentsBySize[sizeClass];
    let capLeft = cap ?? Number.POSITIVE_INFINITY;
    const dm = s.countsAsDeMinimis;
    const dmLeftAtStart = dmLeft;
    let requested = 0; // what the scheme alone would pay
    let afterCumulation = 0;
    let afterCap = 0;
    let granted = 0;
    let flatGranted = 0;

    for (const i of plan.lineIdx) {
      const desired = plan.desired.get(i) ?? 0;
      const a = Math.min(desired, ceilingCents[i] - allocated[i]);
      if (a < desired) {
        lineRules[i].push({ code: 'cumulation_limit', schemeId: s.id, params: { requestedCents: desired, grantedCents: a, maxIntensity: maxIntensity[i] } });
      }
      const b = Math.min(a, capLeft);
      if (b < a) {
        lineRules[i].push({ code: 'capped', schemeId: s.id, params: { capCents: cap, sizeClass, requestedCents: a, grantedCents: b } });
      }
      const c = dm ? Math.min(b, dmLeft) : b;
      if (c < b) {
        lineRules[i].push({ code: 'de_minimis_headroom', schemeId: s.id, params: { headroomCents: dmLeft, requestedCents: b, grantedCents: c } });
      }
      requested += desired;
      afterCumulation += a;
      afterCap += b;
      granted += c;
      capLeft -= b;
      if (dm) dmLeft -= c;
      allocated[i] += c;
      aidByScheme[i][s.id] = c;
      if (plan.flatLines.has(i)) {
        flatGranted += c;
        if (c > 0) lineRules[i].push({ code: 'flat_grant', schemeId: s.id, params: { grantedCents: c } });
      } else if (c > 0) {
        lineRules[i].push({ code: 'intensity', schemeId: s.id, params: { intensity: plan.intensityPpm / PPM, grantedCents: c } });
      }
    }

    const rules = [...plan.rules];
    if (plan.lineIdx.some((i) => !plan.flatLines.has(i))) {
      rules.push({ code: 'intensity', schemeId: s.id, params: { intensity: plan.intensityPpm / PPM, sizeClass } });
    }
    if (plan.flatLines.size > 0) {
      rules.push({ code: 'flat_grant', schemeId: s.id, params: { flatGrantCents: s.flatGrantCents ?? 0, coveredCostCents: plan.flatCoveredCents, grantedCents: flatGranted } });
    }
    if (afterCumulation < requested) {
      rules.push({ code: 'cumulation_limit', schemeId: s.id, params: { requestedCents: requested, grantedCents: afterCumulation } });
    }
    if (afterCap < afterCumulation) {
      rules.push({ code: 'capped', schemeId: s.id, params: { capCents: cap, sizeClass, requestedCents: afterCumulation, grantedCents: afterCap } });
    }
    if (dm) {
      dmRequested += afterCap;
      dmUsed += granted;
      if (granted < afterCap) {
        rules.push({ code: 'de_minimis_headroom', schemeId: s.id, params: { headroomCents: dmLeftAtStart, requestedCents: afterCap, grantedCents: granted } });
      }
    }
    if (granted > 0) {
      // Figures the result rests on that are not official, or assumed for this size class.
      warnings.push(...plan.rules.filter((r) => r.code === 'unconfirmed' || r.code === 'size_assumption'));
    }
    perScheme.push({ schemeId: s.id, revision: s.revision, eligible: true, aidCents: granted, rules });
  }

  const perLine: LineOutcome[] = lines.map((l, i) => {
    const rules = lineRules[i];
    if (!plans.some((p) => p.eligible && p.lineIdx.includes(i))) {
      // Schemes that pay for this cost type but are closed to this company or project say why.
      const closed = plans.filter((p) => p.scheme.eligibleCostTypes.includes(l.type));
      if (closed.length === 0) rules.push({ code: 'not_eligible_cost_type', params: { costType: l.type } });
      for (const p of closed) {
        const why = p.rules.find((r) => EXCLUSION_CODES.has(r.code));
        if (why) rules.push({ code: why.code, schemeId: p.scheme.id, params: { ...why.params, costType: l.type } });
      }
    }
    return {
      lineId: l.id,
      type: l.type,
      amountCents: l.amountCents,
      aidCents: allocated[i],
      netCents: l.amountCents - allocated[i],
      aidBySchemeCents: aidByScheme[i],
      maxIntensity: maxIntensity[i],
      rules,
    };
  });
  const totalAidCents = allocated.reduce((sum, a) => sum + a, 0);

  if (dmUsed < dmRequested) {
    warnings.unshift({
      code: 'de_minimis_headroom',
      params: { ceilingCents: DE_MINIMIS_CEILING_CENTS, priorCents: prior, headroomCents: dmAvailable, requestedCents: dmRequested, grantedCents: dmUsed },
    });
  }

  return {
    status: 'ok',
    sizeClass,
    missingSizeFigures: [],
    perScheme,
    perLine,
    totalCostCents,
    totalAidCents,
    netCostCents: totalCostCents - totalAidCents,
    deMinimis: {
      ceilingCents: DE_MINIMIS_CEILING_CENTS,
      priorCents: prior,
      usedByScenarioCents: dmUsed,
      headroomCents: dmAvailable - dmUsed,
      exceeded: prior + dmRequested > DE_MINIMIS_CEILING_CENTS,
    },
    warnings: [...expiryWarning(validity), ...warnings],
    validity,
  };
}
