/**
 * Methods the main process implements for the tests only: they pin rules that no screen reads
 * this way (the estimate of a stored budget on its own, a request's queue per revision, a check's
 * participants, a client's latest finalised checks). They are outside `appContract`, so the
 * Electron preload, the IPC handlers and the loopback bridge do not expose them and the renderer
 * cannot name them; tests reach them through `dispatch` (test/support/temp-services.ts, the e2e
 * fixtures), with the same input validation as every other method.
 */
import { z } from 'zod';
import { method } from './define';
import { id } from './common';
import type { FinalisedSnapshot } from './assessments';
import type { ComputeRequestRevisionSummary } from './gpu';
import type { Voter } from './votes';
import type { GpuBudgetEstimate } from '../domain/gpu-budget';

export const testOnlyContract = {
  /** The latest finalised revision of each of a client's checks (what the report data reads). */
  'assessments.listFinalised': method<FinalisedSnapshot[]>()(z.strictObject({ clientId: id })),
  /** A stored budget estimated again, without its view. */
  'gpu.budgets.estimate': method<GpuBudgetEstimate>()(z.strictObject({ id })),
  /** A request's revisions with their queue state. */
  'gpu.requests.revisions': method<ComputeRequestRevisionSummary[]>()(z.strictObject({ id })),
  /** A check's participants, in creation order. */
  'votes.listVoters': method<Voter[]>()(z.strictObject({ assessmentId: id })),
};
