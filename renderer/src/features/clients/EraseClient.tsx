/**
 * GDPR erasure of a client, from its page or straight from the list (a client whose page
 * cannot be opened can still be erased). The name is typed to confirm, as shown on screen
 * (without bidi controls, which the service ignores too). When another program held the
 * database log, the answer is "erased, not yet complete": the list then says so, and the app
 * finishes it at the next chance.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { call } from '@renderer/lib/api';
import { displayName, withoutBidiControls } from '@renderer/lib/display-text';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorText } from '@renderer/components/ErrorText';
import { ErasureNotice } from '../data-safety/ErasureNotice';

const ERASURE_RECHECK_MS = 3_000;

/** The last erasure's outcome, shown once on the client list (the client page navigates there). */
export const useLastErasure = create<{ erased: { name: string; complete: boolean } | null }>(() => ({ erased: null }));

export function EraseClientDialog({ client, onCancel, onErased }: { client: { id: string; name: string }; onCancel: () => void; onErased: () => void }) {
  const { t } = useTranslation('clients');
  const [error, setError] = useState<unknown>(null);
  const typed = withoutBidiControls(client.name);
  const shown = displayName(client.name, t('unnamed'));
  return (
    <ConfirmDialog
      title={t('eraseTitle', { name: shown })}
      confirmLabel={t('eraseConfirm')}
      typeToConfirm={typed}
      danger
      onCancel={onCancel}
      onConfirm={async () => {
        try {
          const result = await call('clients.erase', { id: client.id, confirmName: typed });
          useLastErasure.setState({ erased: { name: client.name, complete: result.complete } });
          onErased();
        } catch (e) {
          setError(e);
        }
      }}
    >
      <p>{t('eraseExplain', { name: shown })}</p>
      <ErasureNotice clientId={client.id} />
      <ErrorText error={error} />
    </ConfirmDialog>
  );
}

/** "“X” was erased" on the list; when the log still held it, what that means and that it finishes by itself. */
export function LastErasureNotice() {
  const { t } = useTranslation('clients');
  const erased = useLastErasure((s) => s.erased);
  const pending = erased !== null && !erased.complete;
  // While not complete, ask now and then: each ask also tries to finish it (data.erasureStatus).
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      call('data.erasureStatus', {}).then(
        ({ pending: still }) => {
          if (!still) useLastErasure.setState((s) => ({ erased: s.erased && { ...s.erased, complete: true } }));
        },
        () => undefined, // asked again at the next tick
      );
    }, ERASURE_RECHECK_MS);
    return () => clearInterval(timer);
  }, [pending]);
  if (!erased) return null;
  const name = displayName(erased.name, t('unnamed'));
  return (
    <div className={erased.complete ? 'notice' : 'notice warning'} role="status" data-testid="erased-notice" data-complete={erased.complete}>
      <p>{t(erased.complete ? 'erased.done' : 'erased.pending', { name })}</p>
      <button type="button" className="link" onClick={() => useLastErasure.setState({ erased: null })}>
        {t('common:close')}
      </button>
    </div>
  );
}
