/**
 * Projector rule of the presenter: its stage must fit between the step strip and the footer
 * without scrolling, whatever the question, checklist or language. Instead of tuning each item,
 * the stage's type is scaled down (CSS variable --fit, read by assessment.css) step by step until
 * the content fits its box, never below MIN_FIT — smaller text is no longer readable from the back
 * of a room, and then the box scrolls (which the projector e2e test reports).
 */
export const MIN_FIT = 0.6;
const STEP = 0.05;

/** The part of an element this needs (an HTMLElement in the app; a stand-in in unit tests). */
export interface FitBox {
  scrollHeight: number;
  clientHeight: number;
  style: { setProperty: (name: string, value: string) => void };
}

/** Sets --fit on the box to the largest scale (1, 0.95, … MIN_FIT) at which its content fits; returns it. */
export function fitStage(box: FitBox | null): number {
  if (!box) return 1;
  let fit = 1;
  box.style.setProperty('--fit', '1');
  while (box.scrollHeight > box.clientHeight + 1 && fit > MIN_FIT + 1e-9) {
    fit = Math.round((fit - STEP) * 100) / 100;
    box.style.setProperty('--fit', String(fit));
  }
  return fit;
}
