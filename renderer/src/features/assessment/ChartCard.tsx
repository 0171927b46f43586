/** A chart of the results or progress screen in its card: the title above, "Loading…" while the chart code arrives. */
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ChartCard({ title, testId, footer, children }: { title: string; testId?: string; footer?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <figure className="card chart-card" data-testid={testId}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      <Suspense fallback={<p className="loading">{t('loading')}</p>}>{children}</Suspense>
      {footer}
    </figure>
  );
}
