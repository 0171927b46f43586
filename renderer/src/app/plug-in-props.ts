/**
 * What the registries of app/ hold: the components one feature plugs into another feature's screen
 * (panels on a client's page, slots on the results screen, sections of Settings) and their props.
 * The only part of app/ a feature imports, and types only: app/ imports the features, so a feature
 * importing a registry would close a cycle (test/unit/renderer-cycles.test.ts).
 */
import type { ComponentType } from 'react';
import type { Client } from '@shared/contract/clients';
import type { ResultsView } from '@shared/contract/assessments';

/** One entry of a registry: a stable id (the React key) and the component, shown in list order. */
export interface PlugIn<P = object> {
  id: string;
  component: ComponentType<P>;
}

/** A section on a client's page (maturity checks, roadmaps, funding, GPU budgets, data). */
export interface ClientPanelProps {
  client: Client;
  onClientChange: (client: Client) => void;
}

/** A slot on the results screen (where the room disagreed, the peer benchmark). */
export interface ResultsSlotProps {
  client: Client;
  /** The results on screen (the revision shown, the previous check, the progress series). */
  view: ResultsView;
}
