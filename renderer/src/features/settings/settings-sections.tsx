/** Sections that features add to Settings (portal pairing, funding schemes, backups …), in order. */
import type { ComponentType } from 'react';
import { SchemesSettings } from '../funding/SchemesSettings';
import { PortalSettingsSection } from '../sync/PortalSettingsSection';
import { GpuSettings } from '../gpu';
import { DataSafetySection } from '../data-safety/DataSafetySection';

export const SETTINGS_SECTIONS: { id: string; component: ComponentType }[] = [
  { id: 'portal', component: PortalSettingsSection },
  { id: 'funding-schemes', component: SchemesSettings },
  { id: 'gpu-defaults', component: GpuSettings },
  { id: 'data-safety', component: DataSafetySection },
];
