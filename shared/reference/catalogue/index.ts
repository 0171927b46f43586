import type { Catalogue, InitiativeTemplate } from './types';
import { CATALOGUE_2026_1 } from './v2026-1';
import { CATALOGUE_2026_2 } from './v2026-2';
import { compareVersions } from '../versions';

export * from './types';
export { validateCatalogue, findPrerequisiteCycle, dimensionOfItem } from './validate';

/** The catalogue new roadmaps are generated from. Older versions stay readable for saved roadmaps. */
export const CURRENT_CATALOGUE_VERSION = '2026.2';

const CATALOGUES: Readonly<Record<string, Catalogue>> = {
  [CATALOGUE_2026_1.version]: CATALOGUE_2026_1,
  [CATALOGUE_2026_2.version]: CATALOGUE_2026_2,
};

/** Every catalogue version shipped with the app, oldest first. */
export const CATALOGUE_VERSIONS: readonly string[] = Object.keys(CATALOGUES).sort(compareVersions);

/** The catalogue of that version (default: current), or undefined when this app does not know it. */
export function getCatalogue(version: string = CURRENT_CATALOGUE_VERSION): Catalogue | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOGUES, version) ? CATALOGUES[version] : undefined;
}

/** The template with that id in the catalogue, or undefined. */
export function findTemplate(catalogue: Catalogue, templateId: string): InitiativeTemplate | undefined {
  return catalogue.templates.find((t) => t.id === templateId);
}
