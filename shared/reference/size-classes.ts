/**
 * The EU SME size classes, Commission Recommendation 2003/361/EC (Annex, art. 2):
 * https://eur-lex.europa.eu/eli/reco/2003/361/oj
 * Reference data, here so the funding schemes (which set aid per class) need not reach up into
 * the domain; the rule that decides a company's class is shared/domain/sme-size.ts.
 */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
