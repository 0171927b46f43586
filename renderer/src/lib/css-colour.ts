/** Colours of the screen charts, read from the design tokens (styles.css: --chart-1 … --chart-6, --c-…). */
export function cssColour(name: string, fallback = '#888888'): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
