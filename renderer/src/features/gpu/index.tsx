/**
 * Entry points of the GPU feature for routes, the client page and Settings. Each screen is
 * loaded on first use, so the estimator, the presets and the charts stay out of the first bundle.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientPanelProps } from '../../app/plug-in-props';

const BudgetPage = lazy(() => import('./GpuBudgetPage').then((m) => ({ default: m.GpuBudgetPage })));
const RequestPage = lazy(() => import('./ComputeRequestPage').then((m) => ({ default: m.ComputeRequestPage })));
const ClientPanel = lazy(() => import('./GpuClientPanel').then((m) => ({ default: m.GpuClientPanel })));
const SettingsSection = lazy(() => import('./GpuSettingsSection').then((m) => ({ default: m.GpuSettingsSection })));

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('loading')}</p>}>{children}</Suspense>;
}

export function GpuBudgetRoute(props: { params: Record<string, string> }) {
  return (
    <Loading>
      <BudgetPage {...props} />
    </Loading>
  );
}

export function ComputeRequestRoute(props: { params: Record<string, string> }) {
  return (
    <Loading>
      <RequestPage {...props} />
    </Loading>
  );
}

export function GpuPanel(props: ClientPanelProps) {
  return (
    <Loading>
      <ClientPanel {...props} />
    </Loading>
  );
}

export function GpuSettings() {
  return (
    <Loading>
      <SettingsSection />
    </Loading>
  );
}
