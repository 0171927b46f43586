/**
 * Slots on the results screen that other features fill. The sync feature adds the peer
 * benchmark here (portal `GET /api/v1/benchmarks`, shown only with at least 10 peers): one line
 * `{ id: 'peer-benchmark', component: PeerBenchmark }`.
 */
import type { ComponentType } from 'react';
import type { Client } from '../../../../shared/contract/clients';
import type { ResultsView } from '../../../../shared/contract/assessments';
import { PeerBenchmark } from '../sync/PeerBenchmark';
import { DisagreementSlot } from '../votes/DisagreementSlot';

export interface ResultsSlotProps {
  client: Client;
  /** The results on screen (the revision shown, the previous check, the progress series). */
  view: ResultsView;
}

export const RESULTS_SLOTS: { id: string; component: ComponentType<ResultsSlotProps> }[] = [
  { id: 'disagreement', component: DisagreementSlot },
  { id: 'peer-benchmark', component: PeerBenchmark },
];
