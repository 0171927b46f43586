/**
 * Sections that other features show on a client's page (maturity checks, roadmaps, funding,
 * GPU budgets …). A feature adds one line here; the client page renders them in this order.
 */
import type { ComponentType } from 'react';
import type { Client } from '../../../../shared/contract/clients';

export interface ClientPanelProps {
  client: Client;
  onClientChange: (client: Client) => void;
}

export const CLIENT_PANELS: { id: string; component: ComponentType<ClientPanelProps> }[] = [];
