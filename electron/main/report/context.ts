/** What every section builder gets: the data, the texts and the formatters of the report's language. */
import { formatDate, formatDelta, formatMoney, formatNumber, formatScore } from '@shared/format';
import type { Locale } from '@shared/locale';
import type { ReportData } from '@shared/report/report-data';
import type { Translate } from '@shared/report/translate';

export interface ReportContext {
  data: ReportData;
  locale: Locale;
  t: Translate;
  date: (iso: string | null | undefined) => string;
  money: (cents: number | null | undefined) => string;
  num: (value: number | null | undefined, digits?: number) => string;
  score: (value: number | null | undefined) => string;
  delta: (value: number | null | undefined) => string;
}

export function reportContext(data: ReportData, t: Translate): ReportContext {
  const locale = data.locale;
  return {
    data,
    locale,
    t,
    date: (iso) => formatDate(iso, locale),
    money: (cents) => formatMoney(cents, locale),
    num: (value, digits = 0) => formatNumber(value, locale, digits),
    score: (value) => formatScore(value, locale),
    delta: (value) => formatDelta(value, locale),
  };
}
