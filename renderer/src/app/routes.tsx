/**
 * Every screen of the app: a path pattern and its component. Features add their lines here;
 * `nav` entries appear in the header in this order.
 */
import type { ComponentType } from 'react';
import { ClientListPage } from '../features/clients/ClientListPage';
import { ClientPage } from '../features/clients/ClientPage';
import { SettingsPage } from '../features/settings/SettingsPage';
// import (assessment screens)
// import (roadmap screens)
// import (funding screens)
// import (gpu + compute request screens)
// import (sync centre)

export interface RouteDef {
  pattern: string;
  component: ComponentType<{ params: Record<string, string> }>;
  /** Key in the `common` namespace when the route has a header tab. */
  nav?: string;
  /** Presenter and review modes hide the header for the projector. */
  fullscreen?: boolean;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/clients', component: ClientListPage, nav: 'nav.clients' },
  { pattern: '/clients/:id', component: ClientPage },
  // (assessment routes)
  // (roadmap routes)
  // (funding routes)
  // (gpu + compute request routes)
  // (sync routes)
  { pattern: '/settings', component: SettingsPage, nav: 'nav.settings' },
];
