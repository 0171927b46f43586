/**
 * Funding schemes: the shipped rule set plus the advisor's signed changes. Every change is a new
 * revision (older ones stay, so a scenario pinned to one computes as it did); a reset is a new
 * revision with the shipped content.
 */
import { AppError } from '@shared/errors';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { SchemeChange, SchemeChangeMeta, SchemeEntry, SchemeOverrideResult } from '@shared/contract/funding';
import {
  CURRENT_SCHEMES_VERSION,
  SchemePatchError,
  applySchemeOverride,
  diffScheme,
  findScheme,
  getSchemeSet,
  type Scheme,
  type SchemePatch,
} from '@shared/reference/schemes';
import { withoutUndefined } from '@main/db/sql-rows';
import type { ServiceContext } from '../context';
import { invalidFunding } from './funding-errors';
import type { FundingRepository, SchemeRevisionRecord } from './funding-repository';

const meta = (r: SchemeRevisionRecord): SchemeChangeMeta => ({ revision: r.revision, kind: r.kind, changedBy: r.changedBy, changedAt: r.changedAt });

export function createFundingSchemes(ctx: ServiceContext, repo: FundingRepository, advisorName: () => string) {
  function shipped(id: string, version = CURRENT_SCHEMES_VERSION): Scheme | undefined {
    return findScheme(id, version);
  }

  /** The latest revision of a scheme within a set version (the one in force for that set). */
  function latestIn(version: string, id: string): Scheme | undefined {
    return repo.latestSchemeRevision(version, id)?.scheme ?? shipped(id, version);
  }

  /** The scheme in force now; not_found when the current set has no such scheme. */
  function effective(id: string): Scheme {
    const scheme = latestIn(CURRENT_SCHEMES_VERSION, id);
    if (!scheme) throw new AppError('not_found', `No funding scheme "${id}"`, { entity: 'funding_scheme' });
    return scheme;
  }

  /** The exact revision a scenario was computed with. */
  function schemeAt(version: string, id: string, revision: number): Scheme {
    const base = shipped(id, version);
    if (base && base.revision === revision) return base;
    const stored = repo.schemeRevisionAt(version, id, revision);
    if (!stored) throw new AppError('not_found', `Scheme ${id} revision ${revision} of set ${version} is missing`, { entity: 'funding_scheme' });
    return stored.scheme;
  }

  function advisor(): string {
    const name = advisorName().trim();
    if (!name) {
      throw new AppError('funding_advisor_name_required', 'Set the advisor name in Settings: every scheme change is signed');
    }
    return name;
  }

  function recordRevision(current: Scheme, next: Scheme, kind: 'override' | 'reset', patch: unknown): SchemeOverrideResult {
    const changes = diffScheme(current, next);
    repo.insertSchemeRevision({
      setVersion: CURRENT_SCHEMES_VERSION,
      schemeId: next.id,
      revision: next.revision,
      kind,
      scheme: next,
      patch,
      diff: changes,
      changedBy: advisor(),
      changedAt: ctx.now().toISOString(),
    });
    return { scheme: next, revision: next.revision, changes };
  }

  function checkExpected(current: Scheme, expected: number | undefined) {
    if (expected !== undefined && expected !== current.revision) {
      throw new AppError('conflict', `Scheme ${current.id} is at revision ${current.revision}, not ${expected}`, {
        entity: 'funding_scheme',
        currentRevision: current.revision,
      });
    }
  }

  /** Runs a scheme change in one transaction; an event only when something changed. */
  function change(schemeId: string, make: () => SchemeOverrideResult): SchemeOverrideResult {
    const out = repo.transaction(make);
    if (out.changes.length > 0) ctx.emit({ type: 'changed', entity: 'funding_scheme', id: schemeId });
    return out;
  }

  const unchanged = (current: Scheme): SchemeOverrideResult => ({ scheme: current, revision: current.revision, changes: [] });

  const handlers = {
    'funding.listSchemes': () => {
      const set = getSchemeSet(CURRENT_SCHEMES_VERSION)!;
      const schemes: SchemeEntry[] = set.schemes.map((base) => {
        const latest = repo.latestSchemeRevision(CURRENT_SCHEMES_VERSION, base.id);
        const scheme = latest?.scheme ?? base;
        return { scheme, overridden: diffScheme(base, scheme).length > 0, lastChange: latest ? meta(latest) : null };
      });
      return { version: set.version, checkedOn: set.checkedOn, validUntil: set.validUntil, schemes };
    },

    'funding.overrideScheme': ({ schemeId, patch, expectedRevision }: ParsedInput<'funding.overrideScheme'>) => {
      const cleanPatch = withoutUndefined(patch) as SchemePatch;
      return change(schemeId, () => {
        const current = effective(schemeId);
        checkExpected(current, expectedRevision);
        let next: Scheme;
        try {
          next = applySchemeOverride(current, cleanPatch);
        } catch (error) {
          if (error instanceof SchemePatchError) {
            throw invalidFunding(error.problems.map((p) => ({ ...p, path: p.path ? `patch.${p.path}` : 'patch' })), error.message);
          }
          throw error;
        }
        if (next === current) return unchanged(current);
        return recordRevision(current, next, 'override', cleanPatch);
      });
    },

    'funding.resetScheme': ({ schemeId, expectedRevision }: ParsedInput<'funding.resetScheme'>) =>
      change(schemeId, () => {
        const current = effective(schemeId);
        checkExpected(current, expectedRevision);
        const base = shipped(schemeId)!;
        if (diffScheme(current, base).length === 0) return unchanged(current);
        // A reset is a new revision with the shipped content: older revisions stay for pinned scenarios.
        const next: Scheme = { ...structuredClone(base), revision: current.revision + 1 };
        return recordRevision(current, next, 'reset', { reset: true });
      }),

    'funding.schemeHistory': ({ schemeId }: ParsedInput<'funding.schemeHistory'>) => {
      const current = effective(schemeId);
      const changes: SchemeChange[] = repo
        .schemeHistory(CURRENT_SCHEMES_VERSION, schemeId)
        .map((r) => ({ ...meta(r), setVersion: r.setVersion, changes: r.diff }));
      return { schemeId, setVersion: CURRENT_SCHEMES_VERSION, shipped: shipped(schemeId)!, current, changes };
    },
  } satisfies Partial<Handlers>;

  return {
    handlers,
    latestIn,
    effective,
    schemeAt,
    /** Who changed a scheme of the current set last, and when (null for the shipped data). */
    lastChange: (id: string) => repo.latestSchemeRevision(CURRENT_SCHEMES_VERSION, id) ?? null,
  };
}

export type FundingSchemes = ReturnType<typeof createFundingSchemes>;
