/**
 * Every screen renders inside this boundary (App.tsx): a record the screen cannot show (a
 * broken import, a bug) gives a translated message and a way back, never a blank window.
 * The error is logged by name only: its message may quote client data.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../lib/router';

function RouteErrorMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page route-error card" role="alert" data-testid="route-error">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <div className="route-error-actions">
        <button type="button" className="primary" onClick={() => navigate('/clients')} data-testid="route-error-back">
          {t('routeError.back')}
        </button>
        <button type="button" onClick={onRetry} data-testid="route-error-retry">
          {t('routeError.retry')}
        </button>
      </div>
    </section>
  );
}

interface State {
  failed: boolean;
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    const name = error instanceof Error ? error.name : typeof error;
    console.error(`[laif] a screen failed to render (${name})`, info.componentStack?.split('\n').slice(0, 4).join('\n') ?? '');
  }

  override render() {
    if (this.state.failed) return <RouteErrorMessage onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
