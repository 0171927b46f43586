/**
 * What a stored scenario shows: its figures from the pure engine (shared/domain/funding.ts) with
 * the scheme revisions it is pinned to, and whether the rules in force now would differ.
 */
import { AppError } from '@shared/errors';
import type { Client } from '@shared/contract/clients';
import type {
  ComparisonRow,
  FundingClientInfo,
  FundingScenario,
  ScenarioOutdated,
  ScenarioSummary,
  ScenarioView,
  SchemeUpdateNotice,
} from '@shared/contract/funding';
import { CURRENT_SCHEMES_VERSION, getSchemeSet, type Scheme } from '@shared/reference/schemes';
import { computeScenario, type ScenarioResult } from '@shared/domain/funding';
import { sizeClassOf } from '@shared/domain/sme-size';
import type { ServiceContext } from '../context';
import { publicCostLine, type FundingRepository, type ScenarioRecord } from './funding-repository';
import type { FundingSchemes } from './funding-schemes';

/** Today's date in Luxembourg (YYYY-MM-DD): rule validity ends at midnight local time, not UTC. */
const LUXEMBOURG_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg', year: 'numeric', month: '2-digit', day: '2-digit' });

export function createScenarioFigures(ctx: ServiceContext, repo: FundingRepository, schemes: FundingSchemes, getClient: (id: string) => Client) {
  /** The stored scenario; not_found when there is none. */
  function stored(id: string): ScenarioRecord {
    const s = repo.scenario(id);
    if (!s) throw new AppError('not_found', 'No such funding scenario', { entity: 'funding_scenario' });
    return s;
  }

  const withLines = (s: ScenarioRecord): FundingScenario => ({ ...s, costLines: repo.lines(s.id).map(publicCostLine) });

  /** The client's name and size class; not_found for an unknown client. */
  function clientInfo(clientId: string): FundingClientInfo {
    const client = getClient(clientId);
    const size = sizeClassOf(client);
    return { id: client.id, name: client.name, sizeClass: size.sizeClass, missingSizeFigures: size.missing };
  }

  function pinnedSchemes(s: FundingScenario): Scheme[] {
    return s.schemeIds.map((id) => schemes.schemeAt(s.schemeSetVersion, id, s.schemeRevisions[id]));
  }

  /** The set's valid-until date and today, so the engine can say when the rules must be rechecked. */
  function validity(setVersion: string) {
    const set = getSchemeSet(setVersion);
    return set ? { validUntil: set.validUntil, today: LUXEMBOURG_DAY.format(ctx.now()) } : undefined;
  }

  /** The engine's refusal (e.g. GPU-hours × price beyond the largest amount) is already an `invalid_input` with the field. */
  function compute(s: FundingScenario, client: FundingClientInfo, used: Scheme[], setVersion = s.schemeSetVersion): ScenarioResult {
    return computeScenario({
      validity: validity(setVersion),
      sizeClass: client.sizeClass,
      missingSizeFigures: client.missingSizeFigures,
      costLines: s.costLines,
      schemes: used,
      priorDeMinimisCents: s.priorDeMinimisCents,
      options: { collaboration: s.collaboration },
    });
  }

  /** The rules in force now for a scenario's selection (schemes gone from the current set are dropped). */
  function currentSchemes(s: FundingScenario): Scheme[] {
    return s.schemeIds.flatMap((id) => {
      const scheme = schemes.latestIn(CURRENT_SCHEMES_VERSION, id);
      return scheme ? [scheme] : [];
    });
  }

  function outdatedInfo(s: FundingScenario, client: FundingClientInfo): ScenarioOutdated | null {
    const notices: SchemeUpdateNotice[] = [];
    const sameSet = s.schemeSetVersion === CURRENT_SCHEMES_VERSION;
    for (const id of s.schemeIds) {
      const now = schemes.latestIn(CURRENT_SCHEMES_VERSION, id);
      const used = s.schemeRevisions[id];
      if (sameSet && now && now.revision === used) continue;
      const last = now ? schemes.lastChange(id) : null;
      notices.push({
        schemeId: id,
        usedRevision: used,
        currentRevision: now?.revision ?? null,
        changedBy: last?.changedBy ?? null,
        changedAt: last?.changedAt ?? null,
      });
    }
    if (notices.length === 0) return null;
    const current = compute(s, client, currentSchemes(s), CURRENT_SCHEMES_VERSION);
    return {
      setVersionUsed: s.schemeSetVersion,
      currentSetVersion: CURRENT_SCHEMES_VERSION,
      notices,
      withCurrentRules: { totalAidCents: current.totalAidCents, netCostCents: current.netCostCents, status: current.status },
    };
  }

  function view(id: string): ScenarioView {
    const scenario = withLines(stored(id));
    const client = clientInfo(scenario.clientId);
    const used = pinnedSchemes(scenario);
    return { scenario, client, schemes: used, result: compute(scenario, client, used), outdated: outdatedInfo(scenario, client) };
  }

  function summary(record: ScenarioRecord, client: FundingClientInfo): ScenarioSummary {
    const s = withLines(record);
    const result = compute(s, client, pinnedSchemes(s));
    return {
      id: s.id,
      name: s.name,
      schemeIds: s.schemeIds,
      lineCount: s.costLines.length,
      totalCostCents: result.totalCostCents,
      totalAidCents: result.totalAidCents,
      netCostCents: result.netCostCents,
      status: result.status,
      outdated: outdatedInfo(s, client) !== null,
      rulesExpired: result.validity?.expired ?? false,
      updatedAt: s.updatedAt,
    };
  }

  /** One scenario's row of the comparison, and the scheme revisions it used. */
  function comparisonRow(record: ScenarioRecord, client: FundingClientInfo): { row: ComparisonRow; used: Scheme[] } {
    const s = withLines(record);
    const used = pinnedSchemes(s);
    const result = compute(s, client, used);
    const row: ComparisonRow = {
      id: s.id,
      name: s.name,
      totalCostCents: result.totalCostCents,
      totalAidCents: result.totalAidCents,
      netCostCents: result.netCostCents,
      aidBySchemeCents: Object.fromEntries(result.perScheme.map((p) => [p.schemeId, p.aidCents])),
      status: result.status,
      outdated: outdatedInfo(s, client) !== null,
      rulesExpired: result.validity?.expired ?? false,
      rulesValidUntil: result.validity?.validUntil ?? null,
      unconfirmed: result.warnings.some((w) => w.code === 'unconfirmed' || w.code === 'size_assumption'),
    };
    return { row, used };
  }

  return { stored, clientInfo, view, summary, comparisonRow };
}

export type ScenarioFigures = ReturnType<typeof createScenarioFigures>;
