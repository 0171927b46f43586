/**
 * Finalising a check: what is still open (unanswered questions, don't-know answers, dimensions
 * without a target) with a jump back to each, the workshop details, then "finalise", which
 * freezes answers and scores as a revision that never changes, after a confirmation that says
 * what is still open (a revision cannot be taken back). Skips are allowed.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { FinaliseOutcome, Participant } from '@shared/contract/assessments';
import { getInstrument } from '@shared/reference/instrument';
import { targetStepId } from '@shared/domain/assessment-flow';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { useCheckSession } from './use-check-session';
import { ParticipantsEditor } from './ParticipantsEditor';
import { loc } from '@renderer/lib/check-text';
import './assessment.css';

/** The outcome of the last finalisation, shown on the results screen that follows it. */
let lastFinalise: { id: string; outcome: FinaliseOutcome } | null = null;
export const peekLastFinalise = (id: string) => (lastFinalise?.id === id ? lastFinalise.outcome : null);
export const clearLastFinalise = (id: string) => {
  if (lastFinalise?.id === id) lastFinalise = null;
};

export function FinalisePage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const session = useCheckSession(params.id);
  const { detail, client } = session;
  // Asked again when the check's status changes (reopened, finalised elsewhere).
  const loaded = useLoad(() => call('assessments.completeness', { id: params.id }), [params.id, detail?.status]);
  const completeness = loaded.data;
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (detail && participants === null) setParticipants(detail.participants);
  }, [detail, participants]);

  if (session.error) return <ErrorText error={session.error} />;
  if (loaded.error && !completeness) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!detail || !completeness || !participants) return <p className="loading">{t('common:loading')}</p>;

  const instrument = getInstrument(detail.instrumentVersion);
  const itemNumber = new Map(instrument.items.map((item, i) => [item.id, i + 1]));
  const itemById = new Map(instrument.items.map((item) => [item.id, item]));
  const dimensionTitle = (id: string) => loc(instrument.dimensions.find((d) => d.id === id)!.title, locale);
  const jump = async (step: string) => {
    await session.write(() => call('assessments.savePosition', { id: detail.id, step, view: 'item' }));
    navigate(`/checks/${detail.id}/present`);
  };
  const draft = detail.status === 'draft';
  const { counts } = completeness;

  async function finalise() {
    setConfirming(false);
    setBusy(true);
    try {
      const outcome = await session.write(() => call('assessments.finalise', { id: params.id }));
      lastFinalise = { id: params.id, outcome };
      navigate(`/checks/${params.id}/results`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const list = (entries: { itemId: string }[], testId: string) => (
    <ol className="open-list" data-testid={testId}>
      {entries.map(({ itemId }) => (
        <li key={itemId}>
          <button type="button" className="link" onClick={() => void jump(itemId)}>
            {itemNumber.get(itemId)}. {loc(itemById.get(itemId)!.question, locale)}
          </button>
        </li>
      ))}
    </ol>
  );

  return (
    <section className="feature-assessment page finalise-page">
      <a href={`#/checks/${detail.id}/present`} className="back">
        ← {t('finalise.backToWorkshop')}
      </a>
      <h1>{t('finalise.title', { client: displayName(client?.name) })}</h1>
      <p className="muted">{t('finalise.heldOn', { date: formatDate(detail.heldOn, locale) })}</p>

      <div className="card completeness" data-testid="completeness">
        <h2>{t('finalise.completeness')}</h2>
        <ul className="count-tiles">
          <li className="tile cell-answered">
            <strong>{counts.answered}</strong> {t('counts.answered', { count: counts.answered })}
          </li>
          <li className="tile cell-notApplicable">
            <strong>{counts.notApplicable}</strong> {t('counts.notApplicable', { count: counts.notApplicable })}
          </li>
          <li className="tile cell-unknown">
            <strong>{counts.unknown}</strong> {t('counts.unknown', { count: counts.unknown })}
          </li>
          <li className="tile cell-unanswered" data-testid="count-unanswered">
            <strong>{counts.unanswered}</strong> {t('counts.unanswered', { count: counts.unanswered })}
          </li>
        </ul>
        {completeness.unanswered.length === 0 && completeness.missingTargets.length === 0 ? (
          <p className="ok-text">{t('finalise.allAnswered')}</p>
        ) : (
          <p>{t('finalise.skipsAllowed')}</p>
        )}
        {completeness.unanswered.length > 0 && (
          <>
            <h3>{t('finalise.unanswered', { count: completeness.unanswered.length })}</h3>
            {list(completeness.unanswered, 'unanswered-list')}
          </>
        )}
        {completeness.unknown.length > 0 && (
          <>
            <h3>{t('finalise.unknown', { count: completeness.unknown.length })}</h3>
            {list(completeness.unknown, 'unknown-list')}
          </>
        )}
        {completeness.missingTargets.length > 0 && (
          <>
            <h3>{t('finalise.missingTargets', { count: completeness.missingTargets.length })}</h3>
            <ul className="open-list" data-testid="missing-targets">
              {completeness.missingTargets.map((d) => (
                <li key={d}>
                  <button type="button" className="link" onClick={() => void jump(targetStepId(d))}>
                    {dimensionTitle(d)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div className="card">
        <ParticipantsEditor
          value={participants}
          onChange={setParticipants}
          disabled={!draft}
          onCommit={(value) => void session.update({ participants: value.filter((p) => p.name.trim() || p.role.trim()) }).catch(setError)}
        />
      </div>

      <div className="card finalise-action">
        {draft ? (
          <>
            <p>{detail.revision === 0 ? t('finalise.explain') : t('finalise.explainRevision', { revision: detail.revision + 1 })}</p>
            {client?.consentToBenchmark ? <p className="muted">{t('finalise.willShare')}</p> : <p className="muted">{t('finalise.wontShare')}</p>}
            <ErrorText error={error} />
            <button type="button" className="primary big" disabled={busy} onClick={() => setConfirming(true)} data-testid="finalise">
              {t('finalise.submit')}
            </button>
          </>
        ) : (
          <>
            <p>{t('finalise.alreadyFinalised', { revision: detail.revision })}</p>
            <div className="actions">
              <a className="button-link primary" href={`#/checks/${detail.id}/results`}>
                {t('results.open')}
              </a>
            </div>
          </>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('finalise.confirmTitle')}
          confirmLabel={t('finalise.submit')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void finalise()}
        >
          <p data-testid="finalise-confirm-text">
            {t('finalise.confirmBody', {
              revision: detail.revision + 1,
              open: completeness.unanswered.length,
              targets: completeness.missingTargets.length,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
