/**
 * Sections that features add to Settings (portal pairing, funding schemes, backups …), in order
 * (routes.tsx hands the list to the Settings screen).
 */
import { SchemesSettings } from '../features/funding/SchemesSettings';
import { PortalSettingsSection } from '../features/sync/PortalSettingsSection';
import { GpuSettings } from '../features/gpu';
import { DataSafetySection } from '../features/data-safety/DataSafetySection';
import type { PlugIn } from './plug-in-props';

export const SETTINGS_SECTIONS: PlugIn[] = [
  { id: 'portal', component: PortalSettingsSection },
  { id: 'funding-schemes', component: SchemesSettings },
  { id: 'gpu-defaults', component: GpuSettings },
  { id: 'data-safety', component: DataSafetySection },
];
