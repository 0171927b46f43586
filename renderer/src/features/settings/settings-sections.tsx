/** Sections that features add to Settings (portal pairing, funding schemes, backups …), in order. */
import type { ComponentType } from 'react';

export const SETTINGS_SECTIONS: { id: string; component: ComponentType }[] = [];
