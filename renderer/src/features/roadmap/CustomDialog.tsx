/** A custom initiative the catalogue does not have (e.g. "Pricing model for the bakery's catering"). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import type { Pillar } from '@shared/reference/catalogue';
import { parseDecimal, toNumber } from '@shared/number-input';
import { numberProblemText } from '@renderer/components/fields';
import type { DimensionId } from '@shared/reference/instrument';
import { ErrorMessage } from '@renderer/components/ErrorText';
import { DialogActions } from '@renderer/components/DialogActions';
import { PillarOptions, useRoadmapTexts } from './roadmap-bits';

interface Props {
  view: RoadmapView;
  onCreate: (initiative: { title: string; pillar: Pillar; dimensionIds: DimensionId[]; startMonth: number; durationMonths: number; costCents: number; usesAi: boolean }) => Promise<string | null>;
  onClose: () => void;
  monthLabel: (month: number) => string;
}

export function CustomDialog({ view, onCreate, onClose, monthLabel }: Props) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const ref = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [pillar, setPillar] = useState<Pillar>('build_test');
  const [dims, setDims] = useState<DimensionId[]>([]);
  const [start, setStart] = useState(0);
  const [duration, setDuration] = useState('3');
  const [cost, setCost] = useState('');
  const [usesAi, setUsesAi] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => ref.current?.showModal(), []);

  async function submit() {
    const d = Number(duration);
    // The one number rule (number-input.ts): "1.2" is refused as ambiguous and says why.
    const typed = parseDecimal(cost, texts.locale);
    if (!title.trim()) return setError(t('custom.titleRequired'));
    if (!Number.isInteger(d) || d < 1) return setError(t('custom.durationInvalid'));
    if (start + d > view.horizonMonths) return setError(t('errors.beyond_horizon', { horizon: view.horizonMonths }));
    if (!typed.ok) return setError(numberProblemText(typed.problem, texts.locale, t));
    const costCents = typed.empty ? 0 : toNumber(typed, 2);
    if (!Number.isInteger(costCents) || costCents < 0) return setError(t('custom.costInvalid'));
    const failure = await onCreate({ title: title.trim(), pillar, dimensionIds: dims, startMonth: start, durationMonths: d, costCents, usesAi });
    if (failure) setError(failure);
  }

  return (
    <dialog ref={ref} className="dialog roadmap-dialog" onCancel={onClose} aria-labelledby="custom-title" data-testid="custom-dialog">
      <h2 id="custom-title">{t('custom.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('custom.name')}</span>
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} autoFocus data-testid="custom-name" />
        </label>
        <label className="field">
          <span>{t('custom.pillar')}</span>
          <select value={pillar} onChange={(e) => setPillar(e.target.value as Pillar)} data-testid="custom-pillar">
            <PillarOptions />
          </select>
        </label>
        <fieldset className="field custom-dims">
          <legend>{t('custom.dimensions')}</legend>
          {texts.dimensions.map((d) => (
            <label key={d.id} className="checkbox">
              <input
                type="checkbox"
                checked={dims.includes(d.id as DimensionId)}
                onChange={(e) => setDims((x) => (e.target.checked ? [...x, d.id as DimensionId] : x.filter((y) => y !== d.id)))}
              />
              {d.title}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <label className="field">
            <span>{t('initiative.start')}</span>
            <select value={start} onChange={(e) => setStart(Number(e.target.value))} data-testid="custom-start">
              {Array.from({ length: view.horizonMonths }, (_, m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('initiative.duration')}</span>
            <input inputMode="numeric" value={duration} onChange={(e) => setDuration(e.target.value)} data-testid="custom-duration" />
          </label>
          <label className="field">
            <span>{t('initiative.cost')} (€)</span>
            <input inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} data-testid="custom-cost" />
          </label>
        </div>
        <label className="checkbox custom-ai">
          <input type="checkbox" checked={usesAi} onChange={(e) => setUsesAi(e.target.checked)} data-testid="custom-uses-ai" />
          {t('custom.usesAi')}
        </label>
        <ErrorMessage message={error} />
        <DialogActions onCancel={onClose} confirmLabel={t('custom.create')} confirmTestId="custom-create" />
      </form>
    </dialog>
  );
}
