/**
 * Stacked bars: for each scenario, the aid of each scheme and, on top, the net cost left to the
 * company — the bar's height is the project cost. Loaded lazily (React.lazy) so recharts stays
 * out of the initial bundle. The table next to it carries the same figures for screen readers.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '@shared/contract/funding';
import type { Scheme } from '@shared/reference/schemes/types';
import { formatMoney, formatMoneyShort } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';
import { cssColour } from '@renderer/lib/css-colour';

const PALETTE = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-6'];
const NET = '--chart-5';

export function ComparisonChart({ rows, schemes }: { rows: ComparisonRow[]; schemes: Scheme[] }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const data = rows.map((r) => ({
    name: r.name,
    ...Object.fromEntries(schemes.map((s) => [s.id, r.aidBySchemeCents[s.id] ?? 0])),
    __net: r.netCostCents,
  }));
  // Legend in stacking order: the schemes, then the net cost.
  const order = [...schemes.map((s) => s.id), '__net'];
  const label = (key: string) => (key === '__net' ? t('compare.netCost') : (schemes.find((s) => s.id === key)?.name[locale] ?? key));
  const summary = rows
    .map((r) => t('compare.chartRow', { name: r.name, aid: formatMoney(r.totalAidCents, locale), net: formatMoney(r.netCostCents, locale) }))
    .join('; ');
  return (
    <figure className="comparison-chart" data-testid="comparison-chart">
      <div role="img" aria-label={`${t('compare.chartTitle')}: ${summary}`}>
        <ResponsiveContainer width="100%" height={360}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} barCategoryGap="30%">
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 13 }} interval={0} />
            <YAxis tickFormatter={(v: number) => formatMoneyShort(v, locale)} width={88} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value, key) => [formatMoney(Number(value), locale), label(String(key))]}
              cursor={{ fillOpacity: 0.08 }}
            />
            <Legend
              formatter={(key) => label(String(key))}
              itemSorter={(item) => {
                const i = order.indexOf(String(item.dataKey));
                return i < 0 ? order.length : i;
              }}
            />
            {schemes.map((s, i) => (
              <Bar key={s.id} dataKey={s.id} stackId="cost" fill={cssColour(PALETTE[i % PALETTE.length])} isAnimationActive={false} />
            ))}
            <Bar dataKey="__net" stackId="cost" fill={cssColour(NET)} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">{t('compare.chartCaption')}</figcaption>
    </figure>
  );
}
