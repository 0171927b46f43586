/**
 * Sections that features show on a client's page (maturity checks, roadmaps, funding, GPU
 * budgets …). A feature adds one line here; the client page renders them in this order
 * (routes.tsx hands the list to it).
 */
import { AssessmentPanel } from '../features/assessment/AssessmentPanel';
import { RoadmapPanel } from '../features/roadmap';
import { FundingPanel } from '../features/funding/FundingPanel';
import { GpuPanel } from '../features/gpu';
import { ClientDataPanel } from '../features/data-safety/ClientDataPanel';
import type { ClientPanelProps, PlugIn } from './plug-in-props';

export const CLIENT_PANELS: PlugIn<ClientPanelProps>[] = [
  { id: 'assessments', component: AssessmentPanel },
  { id: 'roadmaps', component: RoadmapPanel },
  { id: 'funding', component: FundingPanel },
  { id: 'gpu', component: GpuPanel },
  { id: 'data-safety', component: ClientDataPanel },
];
