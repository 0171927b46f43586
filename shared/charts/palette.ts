/**
 * Colours of the charts, on the screens and in the Word report alike. Chosen to stay apart for
 * the common colour-vision deficiencies and to print legibly in grey (different lightness), and
 * the series differ by line style too, never by colour alone.
 */
import type { Pillar } from '../reference/catalogue/types';

export const INK = '#1F2933';
export const MUTED = '#5F6B7A';
export const GRID = '#D5DCE4';
export const GRID_STRONG = '#9AA5B1';
export const PAPER = '#FFFFFF';

/** One colour per L-AIF pillar, in pillar order. */
export const PILLAR_COLORS: Readonly<Record<Pillar, string>> = {
  assess: '#1B365D',
  upskill: '#2A7F9E',
  connect: '#5B8C3A',
  fund: '#C08A1E',
  build_test: '#C0522B',
  scale_execute: '#6B4C9A',
};

/**
 * One colour per series of the maturity charts (score, target, previous check): the screens'
 * design tokens --chart-1, --chart-3 and --chart-5 (renderer/src/styles.css; a test keeps them equal).
 */
export const SERIES_COLORS = {
  score: '#0b5cad',
  target: '#c2571a',
  previous: '#8a8f98',
} as const;
