/** Sync problems and portal statuses as sentences in the UI language (sync namespace). */
import type { TFunction, i18n as I18n } from 'i18next';
import type { PortalStatusInfo, PortalStatusName, RecordSyncInfo, SyncProblem } from '@shared/contract/sync';
import { formatDate, formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';

/**
 * One word per status, on every screen (sync centre, badges, client page, GPU panel, report):
 * the outbox state of a record and the portal's status of a revision. Screens add a date or a
 * reference next to the word, never another word for the same status.
 */
export function stateWord(state: RecordSyncInfo['state'], t: TFunction): string {
  return t(`sync:state.${state}`);
}

export function portalStatusWord(status: PortalStatusName, t: TFunction): string {
  return t(`sync:portalStatus.${status}`);
}

/** The portal's or the client's problem code, translated when known. */
export function problemText(problem: SyncProblem, t: TFunction, i18n: I18n): string {
  const key = `sync:problem.${problem.code}`;
  const params = { status: problem.httpStatus ?? '', revision: problem.currentRevision ?? '', code: problem.code };
  return i18n.exists(key) ? t(key, params) : t('sync:problem.other', params);
}

/** One field message of a 422: the path, then the message translated by its code where known. */
export function fieldText(field: SyncProblem['fields'][number], t: TFunction, i18n: I18n): { path: string; message: string } {
  const key = field.code ? `sync:fieldCode.${field.code}` : '';
  return { path: field.path.replace(/^payload\./, ''), message: key && i18n.exists(key) ? t(key) : field.message };
}

/** "Approved: 2 000 GPU-hours on MeluXina-AI, 1 April – 30 June 2026" and the like. */
export function portalStatusText(status: PortalStatusInfo, t: TFunction, locale: Locale): string {
  const label = portalStatusWord(status.status, t);
  if (status.status === 'approved' && status.allocation) {
    const a = status.allocation;
    return t('sync:allocation', {
      label,
      hours: formatNumber(a.gpuHours, locale, 0),
      system: a.system,
      from: formatDate(a.validFrom, locale),
      until: formatDate(a.validUntil, locale),
    });
  }
  return label;
}
