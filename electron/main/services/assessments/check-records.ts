/**
 * Reading a check as the other services of this folder and other features need it: the working
 * copy (with the follow-up's earlier answers), its finalised snapshots, and the guards every
 * write starts with (the check exists; it is a draft).
 */
import { AppError } from '@shared/errors';
import type { AssessmentDetail, AssessmentHeader, FinalisedSnapshot } from '@shared/contract/assessments';
import { normaliseResult, type Answer, type AssessmentScore } from '@shared/domain/scoring';
import { getInstrument, itemsById } from '@shared/reference/instrument';
import type { AssessmentsRepository, CheckHead, CheckRecord, RevisionRecord } from './assessments-repository';

/** What a write to a finalised check is told (its answers, notes, targets, date or participants). */
export const FINALISED_READ_ONLY = 'This maturity check is finalised; reopen it to make a new revision';

/** The one answer for a check id that does not exist (the votes give it too). */
export const noSuchCheck = () => new AppError('not_found', 'No such maturity check', { entity: 'assessment' });

/** The result frozen in a revision, with its scoring version and coverage (never re-scored). */
export function storedResult(rev: Pick<RevisionRecord, 'result' | 'scoringVersion'>): AssessmentScore {
  return normaliseResult(rev.result, rev.scoringVersion);
}

/** The header of a check: its record without the presenter's position. */
export function headerOf(c: CheckRecord): AssessmentHeader {
  const { position: _position, ...header } = c;
  return header;
}

function toSnapshot(rev: RevisionRecord, check: CheckRecord): FinalisedSnapshot {
  const answers = rev.answers.map((a) => (rev.notes[a.itemId] ? { ...a, note: rev.notes[a.itemId] } : a));
  return {
    id: rev.assessmentId,
    revision: rev.revision,
    clientId: rev.clientId,
    instrumentVersion: rev.instrumentVersion,
    scoringVersion: rev.scoringVersion,
    fundingRulesVersion: rev.fundingRulesVersion,
    finalisedAt: rev.finalisedAt,
    heldOn: rev.heldOn,
    stage: check.stage,
    // The follow-up link: the report compares with it as the results screen does (domain/check-history.ts).
    previousId: check.previousId,
    language: rev.language,
    participants: rev.participants,
    answers,
    notes: rev.notes,
    targets: rev.targets,
    result: storedResult(rev),
  };
}

export function createCheckRecords(repo: AssessmentsRepository) {
  function check(id: string): CheckRecord {
    const found = repo.check(id);
    if (!found) throw noSuchCheck();
    return found;
  }

  function head(id: string): CheckHead {
    const found = repo.head(id);
    if (!found) throw noSuchCheck();
    return found;
  }

  /** For every write: the check exists and is a draft. */
  function draftHead(id: string): CheckHead {
    const found = head(id);
    if (found.status !== 'draft') {
      throw new AppError('read_only', FINALISED_READ_ONLY, { entity: 'assessment' });
    }
    return found;
  }

  /**
   * Follow-up: the answers of the check it follows up (its latest revision), kept only where the
   * question exists in this check's instrument in the same format (and, for checklists, only
   * options it still has), so a changed instrument never shows an answer to another question.
   */
  function followedUp(c: CheckRecord): AssessmentDetail['previous'] {
    const earlier = c.previousId ? repo.check(c.previousId) : undefined;
    const rev = earlier && earlier.revision > 0 ? repo.revision(earlier.id, earlier.revision) : undefined;
    if (!rev) return null;
    const items = itemsById(getInstrument(c.instrumentVersion));
    const then = itemsById(getInstrument(rev.instrumentVersion));
    const answers: Answer[] = [];
    for (const a of rev.answers) {
      const item = items.get(a.itemId);
      if (!item || then.get(a.itemId)?.format.kind !== item.format.kind) continue;
      const format = item.format;
      const checked = a.checked && format.kind === 'checklist' ? a.checked.filter((o) => format.options.some((x) => x.id === o)) : a.checked;
      answers.push({ itemId: a.itemId, level: a.level, checked, notApplicable: a.notApplicable, unknown: a.unknown });
    }
    return { id: rev.assessmentId, revision: rev.revision, heldOn: rev.heldOn, answers };
  }

  function detail(id: string): AssessmentDetail {
    const c = check(id);
    return {
      ...headerOf(c),
      answers: repo.answers(id),
      notes: repo.notes(id),
      targets: repo.targets(id),
      position: c.position,
      lastFinalisedAt: c.revision > 0 ? repo.finalisedAt(id, c.revision) : null,
      previous: followedUp(c),
    };
  }

  /** One finalised revision (default: the latest). For roadmaps and reports. */
  function getSnapshot(id: string, revision?: number): FinalisedSnapshot {
    const c = check(id);
    const wanted = revision ?? c.revision;
    const rev = wanted >= 1 ? repo.revision(id, wanted) : undefined;
    if (!rev) {
      throw new AppError('not_found', c.revision === 0 ? 'This maturity check has not been finalised yet' : 'No such revision', {
        entity: 'assessment_revision',
        revision: wanted,
      });
    }
    return toSnapshot(rev, c);
  }

  /** The latest finalised revision of each of a client's checks, in the order they were held. */
  function listFinalised(clientId: string): FinalisedSnapshot[] {
    return repo
      .checksOf(clientId)
      .filter((c) => c.revision > 0)
      .map((c) => toSnapshot(repo.revision(c.id, c.revision)!, c));
  }

  return { check, head, draftHead, detail, getSnapshot, listFinalised };
}

export type CheckRecords = ReturnType<typeof createCheckRecords>;
