/**
 * Slots on the results screen that other features fill, in this order (routes.tsx hands the list
 * to the results screen). The sync feature adds the peer benchmark here (portal
 * `GET /api/v1/benchmarks`, shown only with at least 10 peers).
 */
import { PeerBenchmark } from '../features/sync/PeerBenchmark';
import { DisagreementSlot } from '../features/votes/DisagreementSlot';
import type { PlugIn, ResultsSlotProps } from './plug-in-props';

export const RESULTS_SLOTS: PlugIn<ResultsSlotProps>[] = [
  { id: 'disagreement', component: DisagreementSlot },
  { id: 'peer-benchmark', component: PeerBenchmark },
];
