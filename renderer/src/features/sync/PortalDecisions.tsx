/**
 * Portal answers the advisor cannot miss (issue 11): a count on the "Sync" tab of the navigation,
 * and on a client's page the decisions on that client's records — information requested or
 * rejected on the latest revision sent — with the reviewer's message and a link to the record.
 * Both read the decisions the sync store reloads on every sync event.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { PortalDecision } from '@shared/contract/sync';
import { formatDate, formatNumber } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';
import { ensureSyncEvents, needsAdvisorCount, useSyncStore } from '@renderer/lib/sync-store';
import { portalStatusWord } from '@renderer/lib/sync-text';
import './sync.css';

/** Where a decided record is opened. */
export function decisionHref(d: Pick<PortalDecision, 'kind' | 'recordId'>): string {
  return d.kind === 'compute_request' ? `#/gpu/requests/${d.recordId}` : `#/roadmaps/${d.recordId}`;
}

/** The number next to "Sync" in the navigation; nothing when nothing needs the advisor. */
export function SyncNavBadge() {
  const { t } = useTranslation('sync');
  const locale = useLocale();
  const count = useSyncStore(needsAdvisorCount);
  useEffect(() => ensureSyncEvents(), []);
  if (count === 0) return null;
  return (
    <span className="feature-sync badge danger nav-badge" data-testid="nav-sync-badge" data-count={count}>
      <span aria-hidden="true">{formatNumber(count, locale, 0)}</span>
      <span className="visually-hidden">{t('decisions.navLabel', { count })}</span>
    </span>
  );
}

/** One decision as a line: status word, record, revision, date, and the reviewer's message. */
export function DecisionItem({ decision: d, showClient }: { decision: PortalDecision; showClient?: boolean }) {
  const { t } = useTranslation('sync');
  const locale = useLocale();
  return (
    <li className={`feature-sync card sync-decision sync-decision-${d.status}`} data-testid="portal-decision" data-status={d.status} data-record={d.recordId}>
      <div className="sync-item-head">
        <span className={`badge sync-status-${d.status}`}>{portalStatusWord(d.status, t)}</span>
        <span className="sync-kind">{t(`kind.${d.kind}`)}</span>
        <a href={decisionHref(d)}>
          <strong>{d.title || t('untitled')}</strong>
        </a>
        <span className="muted">
          {' '}
          · {t('revision', { revision: d.revision })} · {formatDate(d.at, locale)}
          {showClient && d.clientName ? ` · ${displayName(d.clientName)}` : ''}
        </span>
      </div>
      {d.message && (
        <p className="sync-reviewer-message">
          {t('decisions.reviewer')} <q>{d.message}</q>
        </p>
      )}
      <p className="muted">{t(`decisions.hint.${d.status === 'rejected' ? 'rejected' : 'needs_information'}`)}</p>
    </li>
  );
}

/** On a client's page: the portal decisions on this client's records that need the advisor. */
export function ClientPortalDecisions({ clientId }: { clientId: string }) {
  const { t } = useTranslation('sync');
  const decisions = useSyncStore((s) => s.decisions);
  useEffect(() => ensureSyncEvents(), []);
  const mine = (decisions?.attention ?? []).filter((d) => d.clientId === clientId);
  if (mine.length === 0) return null;
  return (
    <section className={`feature-sync sync-note ${mine.some((d) => d.status === 'rejected') ? 'danger' : 'warn'} client-decisions`} role="status" aria-labelledby="client-decisions-title" data-testid="client-decisions">
      <h2 id="client-decisions-title">
        {t('decisions.clientTitle')} <span className="badge warn">{mine.length}</span>
      </h2>
      <ul className="sync-list">
        {mine.map((d) => (
          <DecisionItem key={`${d.kind}|${d.recordId}|${d.revision}`} decision={d} />
        ))}
      </ul>
    </section>
  );
}
