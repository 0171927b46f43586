import { useTranslation } from 'react-i18next';
import { useSaveState } from '../lib/save-state';
import { useErrorMessage } from './ErrorText';

export function SaveIndicator() {
  const { t } = useTranslation();
  const { pending, lastSavedAt, lastError } = useSaveState();
  const message = useErrorMessage();
  let text: string;
  let state: 'saving' | 'saved' | 'error' | 'idle';
  if (pending > 0) [text, state] = [t('save.saving'), 'saving'];
  else if (lastError) [text, state] = [t('save.failed', { reason: message(lastError) }), 'error'];
  else if (lastSavedAt)
    [text, state] = [t('save.savedAt', { time: lastSavedAt.toTimeString().slice(0, 5) }), 'saved'];
  else [text, state] = [t('save.allSaved'), 'idle'];
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="save-state" data-state={state}>
      {text}
    </span>
  );
}
