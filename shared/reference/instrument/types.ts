/**
 * Shape of the AI maturity instrument. The instrument is versioned data: a finished assessment
 * stores the version it used and is always re-read and re-scored with that same version.
 */
import type { LocalizedText } from '../../locale';

/** Dimension ids of instruments 2026.1 and 2026.2 (same seven). Other modules (roadmap rules, targets, reports) refer to them. */
export const DIMENSION_IDS = [
  'strategy',
  'foundations',
  'people',
  'data',
  'ai_use',
  'responsible',
  'green',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Ids of the external references an instrument cites (see `Instrument.sources`). */
export type SourceId = 'dma' | 'mitre' | 'altai' | 'ai_act' | 'gdpr';

export interface InstrumentSource {
  id: SourceId;
  /** Title as published (not translated: it is a proper name). */
  title: string;
  publisher: string;
  year: number;
  url: string;
  /** What the instrument took from it. */
  usedFor: LocalizedText;
}

export interface Dimension {
  id: DimensionId;
  /** Display and scoring order (1-based); also breaks ties for strongest / weakest. */
  order: number;
  title: LocalizedText;
  description: LocalizedText;
}

/** Six levels 0..5, each describing observable behaviour (MITRE style), never "low / high". */
export type ScaleLevels = readonly [
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
  LocalizedText,
];

export interface ScaleFormat {
  kind: 'scale';
  levels: ScaleLevels;
}

export interface ChecklistOption {
  /** Unique within its item; stored in `Answer.checked`. */
  id: string;
  label: LocalizedText;
  /** Relative weight within the item; defaults to 1. */
  weight?: number;
}

export interface ChecklistFormat {
  kind: 'checklist';
  options: readonly ChecklistOption[];
}

export type ItemFormat = ScaleFormat | ChecklistFormat;

export interface Item {
  /** `<dimensionId>.<name>`, stable across versions when the meaning is unchanged. */
  id: string;
  dimensionId: DimensionId;
  /** Relative weight of the item inside its dimension (positive). */
  weight: number;
  question: LocalizedText;
  /** "Why we ask": one or two sentences for the advisor and the client. */
  help: LocalizedText;
  format: ItemFormat;
  /** References behind the item, ids of `Instrument.sources`. */
  sourceIds?: readonly SourceId[];
}

/** How to pick an answer, per format: the presenter's help overlay states it to the room. */
export interface AnswerRules {
  scale: LocalizedText;
  checklist: LocalizedText;
}

export interface Instrument {
  /** e.g. '2026.1'. */
  version: string;
  /** ISO date (YYYY-MM-DD) this version was published. */
  publishedAt: string;
  sources: readonly InstrumentSource[];
  dimensions: readonly Dimension[];
  /** Items grouped by dimension, in the order they are asked. */
  items: readonly Item[];
  /** Stated from 2026.2 on; 2026.1 had no written rule (optional so older versions stay as published). */
  answerRules?: AnswerRules;
  /**
   * New item id → the previous version's item whose answer stands in for it when a check of that
   * version is planned with a catalogue written for this one (e.g. a split item). See carryItemScores.
   */
  carriedFrom?: Readonly<Record<string, string>>;
}
