/** A scenario's cost lines: one row per line (its fields, aid, net and the rules behind them) and the line to add. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingCostLine } from '@shared/contract/funding';
import type { LineOutcome } from '@shared/domain/funding';
import { COST_TYPES, type CostType } from '@shared/reference/schemes/types';
import { formatMoney } from '@shared/format';
import { NumberField, SelectField, TextField } from '@renderer/components/fields';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { useInvalidFields } from '@renderer/lib/save-state';
import { ruleSentence, type TextContext } from './funding-text';

export type Patch = Partial<Omit<FundingCostLine, 'id'>>;

export function CostLineRow({
  line,
  outcome,
  ctx,
  onChange,
  onRemove,
  failure,
}: {
  line: FundingCostLine;
  outcome: LineOutcome | undefined;
  ctx: TextContext;
  onChange: (patch: Patch) => void;
  onRemove: () => void;
  failure: ReactNode;
}) {
  const { t, locale } = ctx;
  const invalidFields = useInvalidFields(''); // the line's rules wait for valid values, like its aid
  const priced = line.type === 'compute' && line.gpuHours !== null && line.pricePerGpuHourCents !== null;
  return (
    <div className="cost-line" data-testid="cost-line" data-type={line.type}>
      <div className="cost-line-fields">
        <SelectField<CostType>
          label={t('lines.type')}
          value={line.type}
          testId="line-type"
          options={COST_TYPES.map((c) => ({ value: c, label: t(`costType.${c}`) }))}
          onSave={(type) => onChange(type === 'compute' ? { type } : { type, gpuHours: null, pricePerGpuHourCents: null })}
        />
        <TextField label={t('lines.label')} value={line.label} maxLength={200} testId="line-label" onSave={(label) => onChange({ label })} />
        {line.type === 'compute' && (
          <>
            <NumberField
              label={t('lines.gpuHours')}
              value={line.gpuHours}
              max={1_000_000_000}
              testId="line-gpu-hours"
              onSave={(gpuHours) => onChange({ gpuHours })}
            />
            <NumberField
              label={t('lines.pricePerGpuHour')}
              money
              min={0.01}
              max={10_000_000_000}
              value={line.pricePerGpuHourCents}
              testId="line-gpu-price"
              onSave={(pricePerGpuHourCents) => onChange({ pricePerGpuHourCents })}
            />
          </>
        )}
        {priced ? (
          <div className="field">
            <span className="field-label">{t('lines.amount')}</span>
            <output className="computed-amount" data-testid="line-amount-computed">
              {formatMoney(outcome?.amountCents ?? null, locale)}
            </output>
          </div>
        ) : (
          <NumberField
            label={t('lines.amount')}
            money
            max={10_000_000_000}
            value={line.amountCents}
            testId="line-amount"
            hint={line.type === 'compute' ? t('lines.computeHint') : undefined}
            onSave={(v) => onChange({ amountCents: v ?? 0 })}
          />
        )}
      </div>
      <div className="cost-line-outcome">
        <AwaitingValid scope="" inline>
          <div>
            <span className="muted">{t('lines.aid')}</span>
            <strong data-testid="line-aid">{formatMoney(outcome?.aidCents ?? 0, locale)}</strong>
          </div>
          <div>
            <span className="muted">{t('lines.net')}</span>
            <span data-testid="line-net">{formatMoney(outcome?.netCents ?? line.amountCents, locale)}</span>
          </div>
        </AwaitingValid>
        <button type="button" className="link" onClick={onRemove} data-testid="remove-line">
          {t('lines.remove')}
        </button>
      </div>
      {outcome && outcome.rules.length > 0 && invalidFields.length === 0 && (
        <ul className="rules" data-testid="line-rules">
          {outcome.rules.map((r, i) => (
            <li key={i} className={`rule rule-${r.code}`}>
              {ruleSentence(r, 'line', ctx)}
            </li>
          ))}
        </ul>
      )}
      {failure}
    </div>
  );
}

export function AddLine({ onAdd }: { onAdd: (type: CostType) => void }) {
  const { t } = useTranslation('funding');
  const [type, setType] = useState<CostType>('diagnostic_consultancy');
  return (
    <div className="add-line">
      <label className="visually-hidden" htmlFor="new-line-type">
        {t('lines.newType')}
      </label>
      <select id="new-line-type" value={type} onChange={(e) => setType(e.target.value as CostType)} data-testid="new-line-type">
        {COST_TYPES.map((c) => (
          <option key={c} value={c}>
            {t(`costType.${c}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onAdd(type)} data-testid="add-line">
        + {t('lines.add')}
      </button>
    </div>
  );
}
