/**
 * A compute request: the advisor completes the draft (the figures come from the GPU budget),
 * finalises it (validated against the portal protocol, frozen and queued in one step), and
 * starts a new revision to change anything afterwards. Earlier revisions stay readable.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { ComputeRequestView } from '@shared/contract/gpu';
import type { ComputeRequestFields } from '@shared/domain/compute-request';
import { justificationTemplate } from '@shared/domain/compute-request-template';
import { ACCESS_MODES, DATA_SENSITIVITIES } from '@shared/domain/gpu-budget-draft';
import { formatDate, formatDateTime, formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { DateField, NumberField, TextField, SelectField } from '@renderer/components/fields';
import { LANGUAGE_NAMES } from '@renderer/lib/language-names';
import { ensureSyncEvents, useSyncStore } from '@renderer/lib/sync-store';
import { problemText, problemsOf, queueText } from './gpu-format';
import { ChallengeConfirm, FiguresPreview, ProblemList, type PayloadView } from './compute-request-parts';
import './gpu.css';

const EDITABLE: (keyof ComputeRequestFields)[] = ['projectTitle', 'summary', 'accessMode', 'system', 'periodMonths', 'startDate', 'storageGiB', 'dataSensitivity', 'personalData', 'justification'];

export function ComputeRequestPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale() as Locale;
  const revisionParam = params.revision ? Number(params.revision) : undefined;
  const [view, setView] = useState<ComputeRequestView | null>(null);
  const [fields, setFields] = useState<ComputeRequestFields | null>(null);
  const loaded = useLoad(async () => {
    const request = await call('gpu.requests.get', { id: params.id, ...(revisionParam ? { revision: revisionParam } : {}) });
    const [client, budgets] = await Promise.all([call('clients.get', { id: request.clientId }), call('gpu.budgets.list', { clientId: request.clientId })]);
    return { request, client, budgets };
  }, [params.id, revisionParam]);
  const client = loaded.data?.client ?? null;
  const budgets = loaded.data?.budgets ?? [];
  const [actionError, setActionError] = useState<unknown>(null);
  const [attempted, setAttempted] = useState(false);
  const [confirm, setConfirm] = useState<'template' | 'discard' | 'finalise' | null>(null);
  const [busy, setBusy] = useState(false);

  function show(v: ComputeRequestView) {
    setView(v);
    setFields(v.revision.fields);
  }

  // A finalised revision's queue state and the portal's decision change as syncs run: reload them.
  const syncVersion = useSyncStore((s) => s.version);
  useEffect(() => ensureSyncEvents(), []);
  useEffect(() => {
    if (syncVersion === 0 || !view || view.revision.status === 'draft') return;
    call('gpu.requests.get', { id: view.id, revision: view.revision.revision }).then(setView, setActionError);
  }, [syncVersion]);

  // The screen edits its own copy of the loaded request.
  useEffect(() => {
    if (loaded.data) show(loaded.data.request);
  }, [loaded.data]);

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!view || !fields) return <p className="loading">{t('common:loading')}</p>;

  const rev = view.revision;
  const draft = rev.status === 'draft';
  const isLatest = rev.revision === view.latestRevision;
  const problems = view.preview.problems;
  const errorFor = (key: keyof ComputeRequestFields) => {
    if (!attempted) return null;
    const p = problems.find((x) => x.path === key);
    return p ? problemText(p, t) : null;
  };

  function save<K extends keyof ComputeRequestFields>(key: K, value: ComputeRequestFields[K]) {
    setFields((f) => (f ? { ...f, [key]: value } : f));
    trackSave(() => call('gpu.requests.update', { id: view!.id, patch: { [key]: value } }))
      // The fields on screen stay as typed; the answer refreshes the figures and the checks.
      .then((v) => setView(v))
      .catch(setActionError);
  }

  async function act(run: () => Promise<ComputeRequestView>) {
    setBusy(true);
    setActionError(null);
    try {
      const v = await run();
      show(v);
      setAttempted(false);
      navigate(`/gpu/requests/${v.id}`);
    } catch (e) {
      setActionError(e);
      if (problemsOf(e)) {
        setAttempted(true);
        // Best effort: the action's own error is already on screen and says what to do; a failed refresh adds nothing.
        call('gpu.requests.get', { id: view!.id }).then(setView, () => undefined);
      }
    } finally {
      setBusy(false);
    }
  }

  const payload = (view.preview.payload ?? null) as PayloadView | null;
  const suggested = view.preview.estimate?.accessMode;
  const clientLanguage = LANGUAGE_NAMES[rev.locale];

  return (
    <section className="feature-gpu page gpu-page gpu-request-page" data-testid="compute-request-page" data-status={rev.status}>
      <div className="page-head">
        <div>
          <a href={`#/clients/${view.clientId}`} className="back">
            ← <bdi>{displayName(client?.name, t('backToClient'))}</bdi>
          </a>
          <h1>{fields.projectTitle || t('request.untitled')}</h1>
          <p className="gpu-status-line">
            <span className="badge">{t('request.revisionBadge', { n: rev.revision })}</span>
            <span className={`badge ${draft ? 'warn' : 'gpu-ok'}`} data-testid="request-status">
              {t(`request.status.${rev.status}`)}
            </span>
            {rev.queue && (
              <span className={`badge ${rev.queue.state === 'delivered' ? 'gpu-ok' : ''}`} data-testid="request-queue">
                {queueText(rev.queue, t, locale)}
              </span>
            )}
            {!isLatest && <span className="badge">{t('request.olderRevision')}</span>}
          </p>
        </div>
        <div className="actions">
          {draft && (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                // Complete: ask first (a finalised revision is queued and never changes). Incomplete: the refusal lists what is missing.
                onClick={() => (problems.length === 0 ? setConfirm('finalise') : act(() => call('gpu.requests.finalise', { id: view.id })))}
                data-testid="finalise"
              >
                {t('request.finalise')}
              </button>
              <button type="button" disabled={busy} onClick={() => setConfirm('discard')} data-testid="discard-draft">
                {t('request.discard')}
              </button>
            </>
          )}
          {!draft && isLatest && (
            <button type="button" disabled={busy} onClick={() => act(() => call('gpu.requests.newRevision', { id: view.id }))} data-testid="new-revision">
              {t('request.newRevision')}
            </button>
          )}
          {!isLatest && <a href={`#/gpu/requests/${view.id}`}>{t('request.toLatest')}</a>}
        </div>
      </div>

      {rev.queue?.portalStatus?.message && (
        <p className="gpu-notice gpu-warn" role="note" data-testid="portal-message">
          {t('portal.message', { message: rev.queue.portalStatus.message })}
        </p>
      )}
      {actionError !== null &&
        (problemsOf(actionError) ? (
          draft && problems.length > 0 && (
            <p className="error-text" role="alert">
              {t('request.finaliseRefused')}
            </p>
          )
        ) : (
          <ErrorText error={actionError} />
        ))}

      {view.preview.estimate && (
        <ChallengeConfirm
          estimate={view.preview.estimate}
          confirmed={fields.confirmedChallenges ?? []}
          draft={draft}
          onChange={(keys) => save('confirmedChallenges', keys)}
          locale={locale}
        />
      )}

      {draft && (
        <section className={`card gpu-checklist ${attempted && problems.length > 0 ? 'gpu-attempted' : ''}`} aria-labelledby="check-title" data-testid="request-checklist">
          <h2 id="check-title">{t('request.checkTitle')}</h2>
          <ProblemList problems={problems} clientId={view.clientId} budgetId={view.budgetId} />
        </section>
      )}

      {draft ? (
        <>
          <fieldset className="card form-grid">
            <legend>{t('request.section.project')}</legend>
            <TextField label={t('request.field.projectTitle')} value={fields.projectTitle} maxLength={200} onSave={(v) => save('projectTitle', v)} error={errorFor('projectTitle')} testId="request-projectTitle" wide />
            <TextField label={t('request.field.summary')} hint={t('request.hint.summary')} value={fields.summary} maxLength={2000} multiline wide onSave={(v) => save('summary', v)} error={errorFor('summary')} testId="request-summary" />
            <SelectField
              label={t('request.field.accessMode')}
              value={fields.accessMode}
              options={ACCESS_MODES.map((m) => ({ value: m, label: m === suggested ? t('request.suggested', { mode: t(`accessMode.${m}`) }) : t(`accessMode.${m}`) }))}
              onSave={(v) => save('accessMode', v)}
              hint={t(`accessModeHint.${fields.accessMode}`)}
              error={errorFor('accessMode')}
              testId="request-accessMode"
            />
            <TextField label={t('request.field.system')} hint={t('request.hint.system')} value={fields.system} maxLength={200} onSave={(v) => save('system', v)} error={errorFor('system')} testId="request-system" />
            <NumberField label={t('request.field.periodMonths')} value={fields.periodMonths} integer min={1} max={36} onSave={(v) => save('periodMonths', v)} error={errorFor('periodMonths')} testId="request-periodMonths" />
            <DateField label={t('request.field.startDate')} value={fields.startDate} onSave={(v) => save('startDate', v)} error={errorFor('startDate')} testId="request-startDate" />
            <NumberField label={t('request.field.storageGiB')} hint={t('request.hint.storageGiB')} value={fields.storageGiB} max={1e9} suffix={t('unit.gib')} onSave={(v) => save('storageGiB', v)} error={errorFor('storageGiB')} testId="request-storageGiB" />
            <SelectField
              label={t('request.field.dataSensitivity')}
              value={fields.dataSensitivity}
              options={DATA_SENSITIVITIES.map((d) => ({ value: d, label: t(`sensitivity.${d}`) }))}
              onSave={(v) => save('dataSensitivity', v)}
              hint={t(`sensitivityHint.${fields.dataSensitivity}`)}
              error={errorFor('dataSensitivity')}
              testId="request-dataSensitivity"
            />
            <SelectField
              label={t('request.field.personalData')}
              value={fields.personalData ? 'yes' : 'no'}
              options={[
                { value: 'no', label: t('common:no') },
                { value: 'yes', label: t('common:yes') },
              ]}
              onSave={(v) => save('personalData', v === 'yes')}
              hint={t('request.hint.personalData')}
              error={errorFor('personalData')}
              testId="request-personalData"
            />
            {budgets.length > 0 && (
              <SelectField
                label={t('request.field.budget')}
                value={view.budgetId ?? ''}
                options={[...(view.budgetId ? [] : [{ value: '', label: '—' }]), ...budgets.map((b) => ({ value: b.id, label: b.name || t('budget.untitled') }))]}
                onSave={(budgetId) => budgetId && trackSave(() => call('gpu.requests.update', { id: view.id, patch: { budgetId } })).then(setView, setActionError)}
                hint={t('request.hint.budget')}
              />
            )}
          </fieldset>

          <fieldset className="card gpu-justification">
            <legend>{t('request.section.justification')}</legend>
            <p className="muted">{t('request.justificationLead', { language: clientLanguage })}</p>
            <div className="actions">
              <button
                type="button"
                disabled={!view.preview.estimate}
                onClick={() => (fields.justification.trim() ? setConfirm('template') : save('justification', justificationTemplate(rev.locale, view.preview.estimate!)))}
                data-testid="insert-template"
              >
                {t('request.insertTemplate', { language: clientLanguage })}
              </button>
            </div>
            <div className="gpu-justification-text" lang={rev.locale}>
              <TextField label={t('request.field.justification')} value={fields.justification} maxLength={50_000} multiline wide onSave={(v) => save('justification', v)} error={errorFor('justification')} testId="request-justification" />
            </div>
          </fieldset>
        </>
      ) : (
        <section className="card" aria-labelledby="frozen-title" data-testid="request-frozen">
          <h2 id="frozen-title">{t('request.frozenTitle', { date: formatDateTime(rev.finalisedAt, locale) })}</h2>
          <dl className="facts">
            {EDITABLE.filter((k) => k !== 'justification').map((k) => (
              <div key={k} className="gpu-fact-row">
                <dt>{t(`request.field.${k}`)}</dt>
                <dd>
                  {k === 'accessMode'
                    ? t(`accessMode.${fields.accessMode}`)
                    : k === 'dataSensitivity'
                      ? t(`sensitivity.${fields.dataSensitivity}`)
                      : k === 'personalData'
                        ? t(fields.personalData ? 'common:yes' : 'common:no')
                        : k === 'startDate'
                          ? formatDate(fields.startDate, locale)
                          : k === 'storageGiB'
                            ? `${formatNumber(fields.storageGiB, locale, 1)} ${t('unit.gib')}`
                            : String(fields[k] ?? '—')}
                </dd>
              </div>
            ))}
            <div className="gpu-fact-row">
              <dt>{t('request.languageLabel')}</dt>
              <dd>{clientLanguage}</dd>
            </div>
          </dl>
          <h3 className="gpu-frozen-heading">{t('request.field.justification')}</h3>
          <p className="gpu-justification-frozen" lang={rev.locale}>
            {fields.justification}
          </p>
        </section>
      )}

      <section className="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{t(draft ? 'request.figuresDraftTitle' : 'request.figuresFrozenTitle')}</h2>
        {draft && view.budgetId && (
          <p className="muted">
            {t('request.figuresFollowBudget', { name: view.budgetName || t('budget.untitled') })} <a href={`#/gpu/budgets/${view.budgetId}`}>{t('request.openBudget')}</a>
          </p>
        )}
        {payload ? <FiguresPreview payload={payload} estimate={view.preview.estimate} locale={locale} /> : <p className="muted">{t('request.noFigures')}</p>}
      </section>


      <section className="card" aria-labelledby="revisions-title">
        <h2 id="revisions-title">{t('request.revisionsTitle')}</h2>
        <table className="table" data-testid="revisions">
          <thead>
            <tr>
              <th>{t('request.revisions.revision')}</th>
              <th>{t('request.revisions.status')}</th>
              <th className="num">{t('request.figures.gpuHours')}</th>
              <th>{t('request.revisions.finalisedAt')}</th>
              <th>{t('request.revisions.portal')}</th>
            </tr>
          </thead>
          <tbody>
            {view.revisions.map((r) => (
              <tr key={r.revision} className={r.revision === rev.revision ? 'current' : undefined} data-testid={`revision-${r.revision}`}>
                <td>
                  {r.revision === rev.revision ? (
                    <strong>{t('request.revisionBadge', { n: r.revision })}</strong>
                  ) : (
                    <a href={`#/gpu/requests/${view.id}/${r.revision}`}>{t('request.revisionBadge', { n: r.revision })}</a>
                  )}
                  {r.supersedes !== null && <span className="muted"> · {t('request.revisions.supersedes', { n: r.supersedes })}</span>}
                </td>
                <td>{t(`request.status.${r.status}`)}</td>
                <td className="num">{r.totalGpuHours === null ? '—' : formatNumber(r.totalGpuHours, locale, 0)}</td>
                <td>{r.finalisedAt ? formatDateTime(r.finalisedAt, locale) : '—'}</td>
                <td data-testid={`revision-${r.revision}-portal`}>{r.queue ? queueText(r.queue, t, locale) : t('portal.notQueued')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted gpu-small">{t('portal.explain')}</p>
      </section>

      {confirm === 'template' && (
        <ConfirmDialog
          title={t('request.replaceTitle')}
          confirmLabel={t('request.replaceConfirm')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            save('justification', justificationTemplate(rev.locale, view.preview.estimate!));
          }}
        >
          <p>{t('request.replaceExplain', { language: clientLanguage })}</p>
        </ConfirmDialog>
      )}
      {confirm === 'finalise' && (
        <ConfirmDialog
          title={t('request.finaliseConfirmTitle', { n: rev.revision })}
          confirmLabel={t('request.finalise')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            void act(() => call('gpu.requests.finalise', { id: view.id }));
          }}
        >
          <p>{t('request.finaliseConfirmBody', { n: rev.revision })}</p>
        </ConfirmDialog>
      )}
      {confirm === 'discard' && (
        <ConfirmDialog
          title={t('request.discardTitle')}
          confirmLabel={t('request.discard')}
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={async () => {
            setConfirm(null);
            try {
              const r = await call('gpu.requests.discardDraft', { id: view.id });
              if (r.discarded === 'request') navigate(`/clients/${view.clientId}`);
              else show(await call('gpu.requests.get', { id: view.id }));
            } catch (e) {
              setActionError(e);
            }
          }}
        >
          <p>{t(rev.revision === 1 ? 'request.discardExplainFirst' : 'request.discardExplain', { n: rev.revision - 1 })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
