/**
 * The roadmap editor: initiatives grouped by pillar (each change saved at once), the timeline,
 * the comparison with the generated proposal, totals, sign-off, new revision and the Word report.
 * A signed-off or older revision opens read-only, with the same facts and no editing control.
 */
import { useRef, useState } from 'react';
import { coverageOf } from '@shared/domain/scoring';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { InitiativePatch, RoadmapView } from '@shared/contract/roadmaps';
import type { AiActAnswers } from '@shared/domain/ai-act';
import { formatDate, formatMoney, formatScore } from '@shared/format';
import { LoadError } from '@renderer/components/ErrorText';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { DateField } from '@renderer/components/fields';
import { CatalogueDialog } from './CatalogueDialog';
import { ComparePanel } from './ComparePanel';
import { CustomDialog } from './CustomDialog';
import { ExportControl } from './ExportControl';
import { InitiativeCard } from './InitiativeCard';
import { RevisionList } from './RevisionList';
import { SignOffDialog, useProblemText } from './SignOffDialog';
import { Timeline, useMonthLabel } from './Timeline';
import { Totals } from './Totals';
import { TriageDialog } from './TriageDialog';
import { groupByPillar, PillarName, useRoadmapError, useRoadmapTexts } from './roadmap-bits';
import './roadmap.css';

type Tab = 'initiatives' | 'timeline' | 'compare';

export function RoadmapPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('roadmap');
  const errorText = useRoadmapError();
  const revision = params.revision ? Number(params.revision) : undefined;
  const loaded = useLoad(() => call('roadmaps.get', { id: params.id, revision }), [params.id, revision]);
  const view = loaded.data ?? null;
  const setView = loaded.setData;
  const [tab, setTab] = useState<Tab>('initiatives');
  const [dialog, setDialog] = useState<null | 'catalogue' | 'custom' | 'signOff' | 'delete'>(null);
  const [triageKey, setTriageKey] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [actionError, setActionError] = useState<string | null>(null);
  // Writes go one after the other, so a quick series of edits is applied in the order it was made.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const texts = useRoadmapTexts(view);
  const monthLabel = useMonthLabel(view);
  const problemText = useProblemText(view);

  /** Runs a write; the answer (the fresh roadmap) replaces the screen's copy. Resolves to an error text or null. */
  function apply(write: () => Promise<RoadmapView>, errorKey?: string): Promise<string | null> {
    const run = queue.current.then(async () => {
      try {
        const next = await trackSave(write);
        setView(next);
        if (errorKey) setFieldErrors((e) => ({ ...e, [errorKey]: '' }));
        setActionError(null);
        return null;
      } catch (e) {
        const message = errorText(e);
        if (errorKey) setFieldErrors((x) => ({ ...x, [errorKey]: message }));
        else setActionError(message);
        return message;
      }
    });
    queue.current = run;
    return run;
  }

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} message={errorText} />;
  if (!view) return <p className="loading">{t('common:loading')}</p>;

  const id = view.id;
  const groups = groupByPillar(view.initiatives);
  const latest = view.revision === view.latestRevision;
  const triageInitiative = triageKey ? view.initiatives.find((i) => i.key === triageKey) : undefined;
  const patch = (key: string, p: InitiativePatch) => apply(() => call('roadmaps.updateInitiative', { id, key, patch: p }), key);

  function move(key: string, direction: -1 | 1) {
    if (!view) return;
    const current = view.initiatives.find((i) => i.key === key);
    if (!current) return;
    const sameGroup = view.initiatives.filter((i) => i.pillar === current.pillar);
    const neighbour = sameGroup[sameGroup.findIndex((i) => i.key === key) + direction];
    if (!neighbour) return;
    const keys = view.initiatives.map((i) => i.key);
    const a = keys.indexOf(key);
    const b = keys.indexOf(neighbour.key);
    [keys[a], keys[b]] = [keys[b], keys[a]];
    void apply(() => call('roadmaps.reorder', { id, keys })).then(() => {
      // Keep the keyboard where it was: on the same button of the moved initiative.
      setTimeout(() => {
        const button = document.querySelector<HTMLButtonElement>(`[data-move="${key}:${direction < 0 ? 'up' : 'down'}"]`);
        if (button && !button.disabled) button.focus();
        else document.querySelector<HTMLButtonElement>(`[data-move="${key}:${direction < 0 ? 'down' : 'up'}"]`)?.focus();
      }, 0);
    });
  }


  return (
    <section className="feature-roadmap page roadmap-page" data-testid="roadmap-page" data-status={view.status} data-revision={view.revision}>
      <div className="page-head">
        <div>
          <a href={`#/clients/${view.clientId}`} className="back">
            ← <bdi>{displayName(view.clientName)}</bdi>
          </a>
          <h1>
            {t('editor.heading')}{' '}
            <span className="badge" data-testid="roadmap-revision">
              {t('revision.label', { revision: view.revision })}
            </span>
            <span className={`badge status-${view.status}`} data-testid="roadmap-status">
              {t(`status.${view.status}`)}
            </span>
          </h1>
          <p className="muted">
            {t('editor.fromCheck', {
              date: formatDate(view.check.heldOn, texts.locale),
              revision: view.check.revision,
              score: formatScore(view.check.overall, texts.locale),
            })}{' '}
            {view.check.overall !== null && !coverageOf(view.check.dimensions).complete && (
              <span className="badge warn" data-testid="roadmap-check-incomplete">
                {t('editor.incomplete', { scored: coverageOf(view.check.dimensions).scored, total: view.check.dimensions.length })}
              </span>
            )}{' '}
            · {t('editor.horizon', { count: view.horizonMonths })} · {t('editor.catalogue', { version: view.catalogueVersion })}
          </p>
        </div>
        <div className="actions">
          <a className="button" href={`#/roadmaps/${id}/review${latest ? '' : `/${view.revision}`}`} data-testid="open-review">
            {t('editor.review')}
          </a>
          {!view.readOnly && (
            <button type="button" className="primary" onClick={() => setDialog('signOff')} data-testid="open-signoff">
              {t('editor.signOff')}
            </button>
          )}
          {latest && view.status === 'signed_off' && (
            <button
              type="button"
              className="primary"
              onClick={() => void apply(() => call('roadmaps.newRevision', { id }))}
              data-testid="new-revision"
            >
              {t('editor.newRevision', { revision: view.revision + 1 })}
            </button>
          )}
          {latest && view.latestRevision === 1 && view.status === 'draft' && (
            <button type="button" className="danger-outline" onClick={() => setDialog('delete')} data-testid="delete-roadmap">
              {t('editor.delete')}
            </button>
          )}
        </div>
      </div>

      {view.signOff && (
        <div className="callout ok" data-testid="signed-notice">
          {t('editor.signedNotice', {
            name: view.signOff.managerName,
            role: view.signOff.managerRole,
            date: formatDate(view.signOff.signedOn, texts.locale),
            revision: view.revision,
          })}
        </div>
      )}
      {!latest && (
        <div className="callout" data-testid="older-revision">
          {t('editor.olderRevision', { revision: view.revision, latest: view.latestRevision })}{' '}
          <a href={`#/roadmaps/${id}`}>{t('editor.openLatest')}</a>
        </div>
      )}
      {view.mode !== 'close_gaps' && view.revision === 1 && <div className="callout">{t(`editor.mode.${view.mode}`)}</div>}
      {actionError && (
        <p className="error-text" role="alert" data-testid="roadmap-error">
          {actionError}
        </p>
      )}

      <Totals view={view} />

      <div className="roadmap-settings">
        {view.readOnly ? (
          view.startsOn && <span className="muted">{t('editor.startsOnValue', { month: monthLabel(0) })}</span>
        ) : (
          <DateField
            label={t('editor.startsOn')}
            mode="month"
            value={view.startsOn}
            onSave={(v) => void apply(() => call('roadmaps.update', { id, patch: { startsOn: v } }))}
            testId="field-starts-on"
          />
        )}
      </div>

      <div className="tabs" role="tablist" aria-label={t('editor.views')}>
        {(['initiatives', 'timeline', 'compare'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`panel-${k}`}
            className={tab === k ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
            data-testid={`tab-${k}`}
          >
            {t(`editor.tab.${k}`)}
          </button>
        ))}
      </div>

      {tab === 'initiatives' && (
        <div role="tabpanel" id="panel-initiatives" aria-labelledby="tab-initiatives">
          {!view.readOnly && (
            <div className="toolbar">
              <button type="button" className="primary" onClick={() => setDialog('catalogue')} data-testid="open-catalogue">
                + {t('editor.addFromCatalogue')}
              </button>
              <button type="button" onClick={() => setDialog('custom')} data-testid="open-custom">
                + {t('editor.addCustom')}
              </button>
              <span className="muted small">{t('initiative.moveHint')}</span>
            </div>
          )}
          {groups.length === 0 && <p className="empty">{t('editor.empty')}</p>}
          {groups.map((g) => {
            const subtotal = g.items.reduce((s, x) => s + x.initiative.costCents, 0);
            return (
              <section key={g.pillar} className="pillar-group" data-testid="pillar-group" data-pillar={g.pillar}>
                <h3 className="pillar-head">
                  <PillarName pillar={g.pillar} />
                  <span className="muted small">
                    {' '}
                    · {t('editor.groupCount', { count: g.items.length })} · {formatMoney(subtotal, texts.locale)}
                  </span>
                </h3>
                {g.items.map(({ initiative, number }, index) => (
                  <InitiativeCard
                    key={initiative.key}
                    view={view}
                    initiative={initiative}
                    number={number}
                    canMoveUp={index > 0}
                    canMoveDown={index < g.items.length - 1}
                    onPatch={(p) => patch(initiative.key, p)}
                    onMove={(d) => move(initiative.key, d)}
                    onRemove={() => void apply(() => call('roadmaps.removeInitiative', { id, key: initiative.key }))}
                    onTriage={() => setTriageKey(initiative.key)}
                    monthLabel={monthLabel}
                    fieldError={fieldErrors[initiative.key] || null}
                  />
                ))}
              </section>
            );
          })}
        </div>
      )}
      {tab === 'timeline' && (
        <div role="tabpanel" id="panel-timeline" aria-labelledby="tab-timeline" className="card">
          <Timeline view={view} />
        </div>
      )}
      {tab === 'compare' && (
        <div role="tabpanel" id="panel-compare" aria-labelledby="tab-compare" className="card">
          <ComparePanel view={view} />
        </div>
      )}

      {!view.readOnly && view.signOffProblems.length > 0 && (
        <div className="callout warn before-signoff" data-testid="signoff-hints">
          <strong>{t('signOff.before')}</strong>
          <ul>
            {view.signOffProblems.map((p, k) => (
              <li key={k}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="card report-card">
        <h2>{t('export.title')}</h2>
        <p className="muted small">{t('export.intro')}</p>
        <ExportControl view={view} />
      </div>
      <RevisionList view={view} />

      {dialog === 'catalogue' && (
        <CatalogueDialog
          view={view}
          onClose={() => setDialog(null)}
          onAdd={async (templateId) => (await apply(() => call('roadmaps.addFromCatalogue', { id, templateId }))) === null}
        />
      )}
      {dialog === 'custom' && (
        <CustomDialog
          view={view}
          monthLabel={monthLabel}
          onClose={() => setDialog(null)}
          onCreate={async (initiative) => {
            const failure = await apply(() => call('roadmaps.addCustom', { id, initiative }));
            if (!failure) setDialog(null);
            return failure;
          }}
        />
      )}
      {dialog === 'signOff' && (
        <SignOffDialog
          view={view}
          onClose={() => setDialog(null)}
          onSign={async (input) => {
            const failure = await apply(() => call('roadmaps.signOff', { id, ...input }));
            if (!failure) setDialog(null);
            return failure;
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('editor.deleteTitle')}
          confirmLabel={t('editor.delete')}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={async () => {
            setDialog(null);
            try {
              await trackSave(() => call('roadmaps.delete', { id }));
              navigate(`/clients/${view.clientId}`);
            } catch (e) {
              setActionError(errorText(e));
            }
          }}
        >
          <p>{t('editor.deleteBody')}</p>
        </ConfirmDialog>
      )}
      {triageInitiative && (
        <TriageDialog
          view={view}
          initiative={triageInitiative}
          onClose={() => setTriageKey(null)}
          onAnswers={(answers: AiActAnswers) => apply(() => call('roadmaps.setAiActAnswers', { id, key: triageInitiative.key, answers }), triageInitiative.key)}
          onUsesAi={(usesAi) => patch(triageInitiative.key, { usesAi })}
        />
      )}
    </section>
  );
}
