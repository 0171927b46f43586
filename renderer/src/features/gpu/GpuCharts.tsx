/**
 * The two charts of a GPU budget, loaded on demand (recharts stays out of the first bundle):
 * - GPU-hours per workload as a low–high bar with the expected value marked;
 * - memory per GPU against the GPU's memory and its 90 % usable line, with the memory one job
 *   would need on a single GPU (clipped and labelled when it is far beyond).
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import type { GpuBudgetEstimate } from '@shared/domain/gpu-budget';
import { findHardware } from '@shared/reference/gpu/hardware';
import { useLocale } from '@renderer/lib/use-locale';
import { cssColour } from '@renderer/lib/css-colour';
import { formatHours } from './gpu-format';

interface Props {
  estimate: GpuBudgetEstimate;
  labels: string[];
}

const ROW = 56;

export function GpuCharts({ estimate, labels }: Props) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const colours = { range: cssColour('--chart-1', '#0b5cad'), expected: cssColour('--chart-3', '#c2571a'), perGpu: cssColour('--chart-2', '#00857c'), oneGpu: cssColour('--chart-5', '#8a8f98'), danger: cssColour('--c-danger', '#b3261e'), text: cssColour('--c-text', '#1b2430') };
  const names = estimate.workloads.map((w, i) => `${i + 1}. ${labels[i] || w.model.name}`);

  const hours = estimate.workloads.map((w, i) => ({ name: names[i], range: [w.gpuHours.low, w.gpuHours.high] as [number, number], ...w.gpuHours }));
  const hw = findHardware(estimate.hardwareId);
  const gpuGiB = ((hw?.memoryGB ?? 40) * 1e9) / 2 ** 30;
  const usableGiB = estimate.workloads[0]?.fit.usableMemoryPerGpuGiB ?? gpuGiB * 0.9;
  const axisMax = Math.ceil(gpuGiB * 1.6);
  const memory = estimate.workloads.map((w, i) => ({
    name: names[i],
    perGpu: w.peakMemoryPerGpuGiB,
    oneGpu: w.fit.requiredMemoryGiB,
  }));
  const height = 90 + ROW * estimate.workloads.length;
  const gib = (v: number) => `${formatNumber(v, locale, 0)} ${t('unit.gib')}`;
  const yWidth = Math.min(260, 40 + Math.max(...names.map((n) => n.length)) * 7);

  return (
    <div className="gpu-charts">
      <figure className="gpu-chart" data-testid="chart-gpu-hours">
        <figcaption>
          {t('chart.hoursTitle')}
          <span className="gpu-chart-legend" aria-hidden="true">
            <span className="gpu-key gpu-key-range" style={{ background: colours.range }} /> {t('chart.lowHigh')}
            <span className="gpu-key gpu-key-dot" style={{ background: colours.expected }} /> {t('chart.expected')}
          </span>
        </figcaption>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={hours} layout="vertical" margin={{ top: 8, right: 32, bottom: 28, left: 8 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            {/* The ticks are bare numbers: the axis names its unit. */}
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatHours(v, locale)}
              label={{ value: t('result.gpuHours'), position: 'insideBottom', offset: -18, fill: colours.text, fontSize: 13, fontWeight: 600, className: 'gpu-axis-unit' }}
            />
            <YAxis type="category" dataKey="name" width={yWidth} />
            <Tooltip
              formatter={(_value, _name, item) => {
                const p = item.payload as (typeof hours)[number];
                return [t('chart.hoursTooltip', { low: formatHours(p.low, locale), expected: formatHours(p.expected, locale), high: formatHours(p.high, locale) }), t('result.gpuHours')];
              }}
            />
            <Bar dataKey="range" fill={colours.range} fillOpacity={0.35} stroke={colours.range} barSize={22} isAnimationActive={false} />
            {hours.map((h) => (
              <ReferenceDot key={h.name} x={h.expected} y={h.name} r={7} fill={colours.expected} stroke="#fff" strokeWidth={2} ifOverflow="extendDomain" />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>

      <figure className="gpu-chart" data-testid="chart-memory">
        <figcaption>{t('chart.memoryTitle', { gpu: hw?.gpuModel ?? estimate.gpuModel })}</figcaption>
        <ResponsiveContainer width="100%" height={height + 24}>
          <BarChart data={memory} layout="vertical" margin={{ top: 24, right: 90, bottom: 8, left: 8 }} barGap={2}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, axisMax]} allowDataOverflow tickFormatter={gib} />
            <YAxis type="category" dataKey="name" width={yWidth} />
            <Tooltip formatter={(value, name) => [gib(Number(value)), name === 'perGpu' ? t('chart.perGpu') : t('chart.oneGpu')]} />
            <Legend formatter={(value) => (value === 'perGpu' ? t('chart.perGpu') : t('chart.oneGpu'))} />
            <Bar dataKey="oneGpu" fill={colours.oneGpu} fillOpacity={0.45} barSize={12} isAnimationActive={false} />
            <Bar dataKey="perGpu" fill={colours.perGpu} barSize={12} isAnimationActive={false} />
            <ReferenceLine
              x={usableGiB}
              stroke={colours.danger}
              strokeDasharray="6 4"
              label={{ value: t('chart.usable', { gib: formatNumber(usableGiB, locale, 1) }), position: 'top', fill: colours.danger, fontSize: 12 }}
            />
            <ReferenceLine
              x={gpuGiB}
              stroke={colours.text}
              label={{ value: t('chart.gpuMemory', { gib: formatNumber(gpuGiB, locale, 1) }), position: 'right', fill: colours.text, fontSize: 12 }}
            />
          </BarChart>
        </ResponsiveContainer>
        {estimate.workloads.some((w) => !w.fit.fitsOneGpu) && (
          <ul className="gpu-chart-notes">
            {estimate.workloads.map((w, i) =>
              w.fit.fitsOneGpu ? null : (
                <li key={i}>{t('chart.needsGpus', { name: names[i], gib: formatNumber(w.fit.requiredMemoryGiB, locale, 0), gpus: w.gpusPerJob })}</li>
              ),
            )}
          </ul>
        )}
      </figure>
    </div>
  );
}
