/**
 * A name as shown on screen: bidi controls removed (shared/bidi.ts), so an override cannot make
 * "Garage\u202Eexe.fdp" read as something else or flip the text around it. Where a name stands
 * on its own (a table cell, a title) it also goes in a <bdi> element, so a right-to-left name
 * keeps its own direction without reordering what surrounds it. The same text is what a person
 * types to confirm an erasure (the service compares without bidi controls too).
 */
import { withoutBidiControls } from '@shared/bidi';

export { withoutBidiControls };

/** `fallback` (e.g. "Unnamed client") when nothing visible is left. */
export function displayName(name: string | null | undefined, fallback = ''): string {
  return withoutBidiControls(name ?? '').trim() || fallback;
}
