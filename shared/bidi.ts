/**
 * Bidirectional-text controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a company name they can make
 * "Garage\u202Eexe.fdp" read as something else, or flip the text around it. They carry no
 * meaning a name needs, so names are shown — and compared when typed to confirm — without them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
