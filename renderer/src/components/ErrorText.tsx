/**
 * Failures on screen, one look for all: an error from the main process (translated by
 * lib/api-errors.ts: useErrorMessage), a sentence a feature already translated, and a failed
 * load with its retry.
 */
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/api-errors';

/** An already translated message, or nothing when there is none. */
export function ErrorMessage({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className="error-text" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}

/** An error from the main process (or anything thrown), translated. */
export function ErrorText({ error }: { error: unknown }) {
  const message = useErrorMessage();
  return <ErrorMessage message={error ? message(error) : null} />;
}

/**
 * A load that failed (lib/use-load.ts), translated, with "Try again" when the screen can retry.
 * `message` is the feature's wording (e.g. useRoadmapError) where it has one.
 */
export function LoadError({ error, onRetry, message }: { error: unknown; onRetry?: () => unknown; message?: (error: unknown) => string }) {
  const { t } = useTranslation('common');
  const generic = useErrorMessage();
  if (!error) return null;
  return (
    <p className="error-text load-error" role="alert" data-testid="load-error">
      {(message ?? generic)(error)}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="link" onClick={onRetry} data-testid="load-retry">
            {t('retry')}
          </button>
        </>
      )}
    </p>
  );
}
