import { useTranslation } from 'react-i18next';
import { useSaveState } from '../lib/save-state';
import { useErrorMessage } from '../lib/api-errors';

/**
 * The header's save badge. It never says "saved" while a field on screen holds a value that
 * could not be saved (a typing error, a refused value): that value is not in the record.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const { pending, lastSavedAt, lastError, invalid } = useSaveState();
  const message = useErrorMessage();
  const invalidLabels = Object.values(invalid).map((f) => f.label);
  let text: string;
  let state: 'saving' | 'saved' | 'error' | 'invalid' | 'idle';
  if (pending > 0) [text, state] = [t('save.saving'), 'saving'];
  else if (invalidLabels.length > 0) [text, state] = [t('save.invalid', { field: invalidLabels[0] }), 'invalid'];
  else if (lastError) [text, state] = [t('save.failed', { reason: message(lastError) }), 'error'];
  else if (lastSavedAt)
    [text, state] = [t('save.savedAt', { time: lastSavedAt.toTimeString().slice(0, 5) }), 'saved'];
  else [text, state] = [t('save.allSaved'), 'idle'];
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="save-state" data-state={state} title={text}>
      {text}
    </span>
  );
}
