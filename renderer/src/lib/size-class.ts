import type { TFunction } from 'i18next';
import type { SizeClassResult } from '@shared/domain/sme-size';
import { formatMoneyShort, formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import { roundToTenth } from '@shared/rounding';

/** "small: 32 staff, turnover €4.1 M" — or which figure is missing when the class is unknown. */
export function describeSizeClass(result: SizeClassResult, t: TFunction, locale: Locale): string {
  const name = t(`clients:size.${result.sizeClass}`);
  if (result.sizeClass === 'unknown') {
    const missing = result.missing.map((m) => t(`clients:size.figure.${m}`)).join(', ');
    return t('clients:size.unknownReason', { missing });
  }
  const parts: string[] = [];
  const { headcount, turnoverCents, balanceSheetCents } = result.totals;
  if (result.decidedBy.includes('headcount') && headcount !== null)
    parts.push(t('clients:size.staff', { count: roundToTenth(headcount), n: formatNumber(headcount, locale) }));
  if (result.decidedBy.includes('turnover') && turnoverCents !== null)
    parts.push(t('clients:size.turnover', { amount: formatMoneyShort(turnoverCents, locale) }));
  if (result.decidedBy.includes('balanceSheet') && balanceSheetCents !== null)
    parts.push(t('clients:size.balanceSheet', { amount: formatMoneyShort(balanceSheetCents, locale) }));
  if (result.partners + result.linked > 0)
    parts.push(t('clients:size.groupIncluded', { count: result.partners + result.linked }));
  return t('clients:size.summary', { name, details: parts.join(', ') });
}
