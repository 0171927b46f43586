/**
 * A record's sync state where it is listed: waiting, sending, delivered (with the portal
 * reference and, for compute requests and roadmaps, the portal's status), or what needs the
 * advisor. Renders nothing for a record that was never queued. Clicking opens the sync centre.
 *
 *   <SyncBadge kind="compute_request" recordId={request.id} revision={request.revision} />
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSyncInfo, SubmissionKindName } from '@shared/contract/sync';
import { useLocale } from '../lib/use-locale';
import { ensureSyncEvents, lookupRecordSync, useSyncStore } from '../lib/sync-store';
import { portalStatusText, problemText, stateWord } from '../lib/sync-text';

export interface SyncBadgeProps {
  kind: SubmissionKindName;
  recordId: string;
  /** A given revision; the latest queued one when omitted. */
  revision?: number;
  /** Hide the portal reference (narrow lists). */
  compact?: boolean;
}

const TONE: Record<RecordSyncInfo['state'], string> = {
  not_queued: '',
  pending: 'warn',
  retry: 'warn',
  sending: 'warn',
  delivered: 'ok',
  needs_auth: 'danger',
  conflict: 'danger',
  rejected: 'danger',
};

export function SyncBadge({ kind, recordId, revision, compact }: SyncBadgeProps) {
  const { t, i18n } = useTranslation('sync');
  const locale = useLocale();
  const version = useSyncStore((s) => s.version);
  const [info, setInfo] = useState<RecordSyncInfo | null>(null);
  useEffect(() => ensureSyncEvents(), []);
  useEffect(() => {
    let live = true;
    // The badge is an extra beside the record: without an answer it stays hidden, and the Sync tab shows what failed.
    lookupRecordSync({ kind, recordId, revision }).then((i) => live && setInfo(i), () => undefined);
    return () => {
      live = false;
    };
  }, [kind, recordId, revision, version]);
  if (!info || info.state === 'not_queued') return null;

  let text = stateWord(info.state, t);
  if (info.state === 'delivered') {
    const status = info.portalStatus && info.portalStatus.status !== 'received' ? portalStatusText(info.portalStatus, t, locale) : null;
    text = [compact ? null : info.portalRef, status ?? stateWord('delivered', t)].filter(Boolean).join(' · ');
  }
  const detail = info.lastError ? problemText(info.lastError, t, i18n) : undefined;
  return (
    <a
      href="#/sync"
      className={`badge sync-badge ${TONE[info.state]}`}
      data-testid="sync-badge"
      data-state={info.state}
      title={detail}
      aria-label={detail ? `${text}: ${detail}` : text}
    >
      {text}
    </a>
  );
}
