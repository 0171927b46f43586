/**
 * Sections that other features show on a client's page (maturity checks, roadmaps, funding,
 * GPU budgets …). A feature adds one line here; the client page renders them in this order.
 */
import type { ComponentType } from 'react';
import type { Client } from '../../../../shared/contract/clients';
import { AssessmentPanel } from '../assessment/AssessmentPanel';
import { RoadmapPanel } from '../roadmap';
import { FundingPanel } from '../funding/FundingPanel';
import { GpuPanel } from '../gpu';
import { ClientDataPanel } from '../data-safety/ClientDataPanel';

export interface ClientPanelProps {
  client: Client;
  onClientChange: (client: Client) => void;
}

export const CLIENT_PANELS: { id: string; component: ComponentType<ClientPanelProps> }[] = [
  { id: 'assessments', component: AssessmentPanel },
  { id: 'roadmaps', component: RoadmapPanel },
  { id: 'funding', component: FundingPanel },
  { id: 'gpu', component: GpuPanel },
  { id: 'data-safety', component: ClientDataPanel },
];
