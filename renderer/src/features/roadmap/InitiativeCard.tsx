/**
 * One initiative of the roadmap: its reason, AI Act tier, warnings and (in a draft) its fields,
 * each saved as it is typed. Read-only revisions show the same facts without any control.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativePatch, RoadmapInitiative, RoadmapView } from '@shared/contract/roadmaps';
import { formatMoney } from '@shared/format';
import { NumberField, SelectField, TextField } from '@renderer/components/fields';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { monthRange, RiskBadge, useRoadmapTexts } from './roadmap-bits';
import { citeRef } from '@shared/domain/ai-act';

interface Props {
  view: RoadmapView;
  initiative: RoadmapInitiative;
  number: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onPatch: (patch: InitiativePatch) => Promise<unknown>;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  onTriage: () => void;
  monthLabel: (month: number) => string;
  fieldError?: string | null;
}

export function InitiativeCard({ view, initiative: i, number, canMoveUp, canMoveDown, onPatch, onMove, onRemove, onTriage, monthLabel, fieldError }: Props) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const title = texts.title(i);
  const reason = texts.reason(i);
  const catalogueKpi = i.templateId ? texts.kpi({ ...i, kpi: '' }) : '';
  const catalogueTitle = i.templateId ? texts.templateTitle(i.templateId) : '';
  const readOnly = view.readOnly;
  const horizon = view.horizonMonths;

  const warnings = i.warnings.map((w) => {
    switch (w.code) {
      case 'starts_before_prerequisite':
      case 'prerequisite_missing':
        return t(`warning.${w.code}`, { title: texts.templateTitle(w.prerequisiteTemplateId) });
      default:
        return t(`warning.${w.code}`);
    }
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (readOnly || !e.altKey) return;
    if (e.key === 'ArrowUp' && canMoveUp) {
      e.preventDefault();
      onMove(-1);
    } else if (e.key === 'ArrowDown' && canMoveDown) {
      e.preventDefault();
      onMove(1);
    }
  };

  return (
    <article className="initiative card" data-testid="initiative" data-key={i.key} data-template={i.templateId ?? ''} aria-labelledby={`ini-${i.key}`} onKeyDown={onKeyDown}>
      <header className="initiative-head">
        <span className="initiative-number" aria-hidden="true">
          {number}
        </span>
        <div className="initiative-title">
          <h4 id={`ini-${i.key}`} data-testid="initiative-title">
            {title}
          </h4>
          <p className="initiative-meta">
            <span className="muted">
              {monthRange(i.startMonth, i.durationMonths, t)} · {formatMoney(i.costCents, texts.locale)}
            </span>
            {/* Once signed off, every initiative is what the client agreed to, whatever its origin. */}
            {view.status === 'signed_off' ? (
              <span className="badge status-agreed" data-testid="initiative-status" title={t(`initiative.source.${i.source}`)}>
                {t('initiative.agreed')}
              </span>
            ) : (
              <span className={`badge source-${i.source}`} data-testid="initiative-status">
                {t(`initiative.source.${i.source}`)}
              </span>
            )}
            {i.usesAi &&
              (readOnly ? (
                <RiskBadge risk={i.aiActRisk} testId="initiative-risk" />
              ) : (
                <RiskBadge risk={i.aiActRisk} onClick={onTriage} testId="initiative-risk" />
              ))}
            {i.aiAct?.decidedBy && <span className="muted small"> {citeRef(i.aiAct.decidedBy, texts.locale)}</span>}
          </p>
          {reason && (
            <p className="initiative-reason" data-testid="initiative-reason">
              {reason}
            </p>
          )}
          {warnings.length > 0 && (
            <ul className="initiative-warnings" data-testid="initiative-warnings">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
        {!readOnly && (
          <div className="initiative-tools" role="group" aria-label={t('initiative.tools', { title })}>
            <button type="button" className="icon" onClick={() => onMove(-1)} disabled={!canMoveUp} aria-label={t('initiative.moveUp', { title })} title={t('initiative.moveHint')} data-testid="move-up" data-move={`${i.key}:up`}>
              ↑
            </button>
            <button type="button" className="icon" onClick={() => onMove(1)} disabled={!canMoveDown} aria-label={t('initiative.moveDown', { title })} title={t('initiative.moveHint')} data-testid="move-down" data-move={`${i.key}:down`}>
              ↓
            </button>
            <button type="button" onClick={onTriage} data-testid="open-triage">
              {t('initiative.triage')}
            </button>
            <button type="button" className="link danger-link" onClick={() => setConfirmRemove(true)} data-testid="remove-initiative">
              {t('initiative.remove')}
            </button>
          </div>
        )}
      </header>

      {readOnly ? (
        <dl className="facts initiative-facts">
          {i.owner && (
            <>
              <dt>{t('initiative.owner')}</dt>
              <dd>{i.owner}</dd>
            </>
          )}
          <dt>{t('initiative.benefit')}</dt>
          <dd>{i.expectedBenefitCentsPerYear === null ? '—' : formatMoney(i.expectedBenefitCentsPerYear, texts.locale)}</dd>
          {texts.kpi(i) && (
            <>
              <dt>{t('initiative.kpi')}</dt>
              <dd>{texts.kpi(i)}</dd>
            </>
          )}
        </dl>
      ) : (
        <>
          <div className="initiative-fields">
            <SelectField
              label={t('initiative.start')}
              value={String(i.startMonth)}
              options={Array.from({ length: horizon }, (_, m) => ({ value: String(m), label: monthLabel(m) }))}
              onSave={(v) => void onPatch({ startMonth: Number(v) })}
              testId="field-start"
            />
            <NumberField
              label={t('initiative.duration')}
              value={i.durationMonths}
              integer
              min={1}
              max={horizon}
              suffix={t('initiative.monthsSuffix')}
              onSave={(v) => v !== null && void onPatch({ durationMonths: v })}
              testId="field-duration"
            />
            <NumberField label={t('initiative.cost')} value={i.costCents} money max={10_000_000_000} onSave={(v) => void onPatch({ costCents: v ?? 0 })} testId="field-cost" />
            <NumberField
              label={t('initiative.benefit')}
              value={i.expectedBenefitCentsPerYear}
              money
              max={10_000_000_000}
              onSave={(v) => void onPatch({ expectedBenefitCentsPerYear: v })}
              testId="field-benefit"
            />
            <TextField label={t('initiative.owner')} value={i.owner} maxLength={200} onSave={(v) => void onPatch({ owner: v })} testId="field-owner" />
          </div>
          <details className="initiative-more">
            <summary data-testid="initiative-more">
              {t('initiative.more')}
              <span className="muted"> — {t('initiative.kpiShort', { kpi: texts.kpi(i) || '—' })}</span>
            </summary>
            <div className="form-grid initiative-more-fields">
              <TextField
                label={t('initiative.title')}
                value={i.title || title}
                maxLength={200}
                testId="field-title"
                hint={i.templateId && i.title ? t('initiative.catalogueTitle', { title: catalogueTitle }) : undefined}
                wide
                // The catalogue's own title stays '' so that it follows the reader's language.
                onSave={(v) => void onPatch({ title: v.trim() === catalogueTitle ? '' : v })}
              />
              <TextField
                label={t('initiative.kpi')}
                value={i.kpi}
                maxLength={2000}
                hint={!i.kpi && catalogueKpi ? t('initiative.catalogueKpi', { kpi: catalogueKpi }) : undefined}
                onSave={(v) => void onPatch({ kpi: v })}
                testId="field-kpi"
                wide
              />
            </div>
          </details>
          {fieldError && (
            <p className="error-text" role="alert" data-testid="initiative-error">
              {fieldError}
            </p>
          )}
        </>
      )}

      {confirmRemove && (
        <ConfirmDialog
          title={t('initiative.removeTitle')}
          confirmLabel={t('initiative.remove')}
          danger
          onCancel={() => setConfirmRemove(false)}
          onConfirm={() => {
            setConfirmRemove(false);
            onRemove();
          }}
        >
          <p>{t('initiative.removeBody', { title })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
