/**
 * Colours of the charts, shared by the report and (later) the screens. Chosen to stay apart
 * for the common colour-vision deficiencies and to print legibly in grey (different lightness),
 * and the series differ by line style too, never by colour alone.
 */
import type { ReportPillar } from '../report-data';

export const INK = '#1F2933';
export const MUTED = '#5F6B7A';
export const GRID = '#D5DCE4';
export const GRID_STRONG = '#9AA5B1';
export const PAPER = '#FFFFFF';
export const BRAND = '#1B365D';

/** One colour per L-AIF pillar, in pillar order. */
export const PILLAR_COLORS: Readonly<Record<ReportPillar, string>> = {
  assess: '#1B365D',
  upskill: '#2A7F9E',
  connect: '#5B8C3A',
  fund: '#C08A1E',
  build_test: '#C0522B',
  scale_execute: '#6B4C9A',
};

export const SERIES_COLORS = {
  score: '#1B365D',
  target: '#D9822B',
  previous: '#7B8794',
  peer: '#2A9D8F',
} as const;
