/**
 * Review mode for the meeting with the SME's managers: full screen, large type, no editing
 * control. It walks through the scores, the roadmap by pillar, its timeline, the totals with the
 * AI Act triage, and ends with the sign-off: recorded right there (the dialog is pre-filled from
 * the check's participants) when the revision is the latest draft and nothing blocks it.
 * Keys: → / PageDown / Space next, ← / PageUp back, Home / End, Escape leaves.
 * Projector rule: the page is one screen high and the step navigation is always on it; only the
 * slide scrolls when a long roadmap needs it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import { formatDate, formatMoney, formatNumber, formatScore } from '@shared/format';
import { coverageOf } from '@shared/domain/scoring';
import { citeRef } from '@shared/domain/ai-act';
import { LoadError } from '@renderer/components/ErrorText';
import { call } from '@renderer/lib/api';
import { useLoad } from '@renderer/lib/use-load';
import { navigate } from '@renderer/lib/router';
import { Timeline } from './Timeline';
import { Totals } from './Totals';
import { SignOffDialog, useProblemText } from './SignOffDialog';
import { groupByPillar, monthRange, PillarName, RiskBadge, useRoadmapError, useRoadmapTexts } from './roadmap-bits';
import './roadmap.css';

export function ReviewPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('roadmap');
  const { t: td } = useTranslation('domain');
  const errorText = useRoadmapError();
  const revision = params.revision ? Number(params.revision) : undefined;
  const { data, error, reload, setData: setView } = useLoad(() => call('roadmaps.get', { id: params.id, revision }), [params.id, revision]);
  const view = data ?? null;
  const [index, setIndex] = useState(0);
  const [signing, setSigning] = useState(false);
  const texts = useRoadmapTexts(view);
  const problemText = useProblemText(view);

  const exit = () => navigate(`/roadmaps/${params.id}${revision ? `/r/${revision}` : ''}`);
  const slides: { id: string; title: string; body: ReactNode }[] = [];

  if (view) {
    const { locale } = texts;
    const check = view.check;
    const coverage = coverageOf(check.dimensions);
    slides.push({
      id: 'scores',
      title: t('review.scores.title'),
      body: (
        <div className="review-scores">
          <p className="review-lead">
            {check.overall === null
              ? t('review.scores.noOverall')
              : t('review.scores.overall', {
                  score: formatScore(check.overall, locale),
                  level: check.level ? td(`level.${check.level}.name`) : '—',
                })}
          </p>
          {check.overall !== null && !coverage.complete && (
            <p className="review-incomplete" data-testid="review-incomplete">
              {t('review.scores.incomplete', { scored: coverage.scored, total: coverage.total, list: coverage.missing.map(texts.dimTitle).join(', ') })}
            </p>
          )}
          <ul className="score-bars" data-testid="review-scores">
            {check.dimensions.map((d) => (
              <li key={d.id}>
                <span className="score-name">{texts.dimTitle(d.id)}</span>
                <span className="score-track" aria-hidden="true">
                  <span className="score-fill" style={{ width: `${d.score ?? 0}%` }} />
                  {d.target !== null && <span className="score-target" style={{ left: `${d.target}%` }} />}
                </span>
                <span className="score-figures">
                  {formatScore(d.score, locale)}
                  <span className="muted">
                    {' / '}
                    {d.target !== null ? t('review.scores.target', { target: formatNumber(d.target, locale, 0) }) : t('review.scores.noTarget')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('review.scores.legend')}</p>
        </div>
      ),
    });
    slides.push({
      id: 'roadmap',
      title: t('review.roadmap.title', { count: view.initiatives.length, months: view.horizonMonths }),
      body: (
        <div className="review-roadmap" data-testid="review-roadmap">
          {groupByPillar(view.initiatives).map((g) => (
            <section key={g.pillar}>
              <h3>
                <PillarName pillar={g.pillar} />
              </h3>
              <ol>
                {g.items.map(({ initiative: i, number }) => {
                  const reason = texts.reason(i);
                  return (
                    <li key={i.key} value={number}>
                      <span className="review-item-title">{texts.title(i)}</span>{' '}
                      <span className="muted nowrap">
                        {monthRange(i.startMonth, i.durationMonths, t)} · {formatMoney(i.costCents, locale)}
                      </span>
                      {i.usesAi && <RiskBadge risk={i.aiActRisk} />}
                      {reason && <span className="review-reason">{reason}</span>}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </div>
      ),
    });
    slides.push({ id: 'timeline', title: t('timeline.title'), body: <Timeline view={view} large /> });
    const ai = view.initiatives.filter((i) => i.usesAi);
    slides.push({
      id: 'totals',
      title: t('review.totals.title'),
      body: (
        <div className="review-totals">
          <Totals view={view} large />
          <h3>{t('review.totals.aiAct')}</h3>
          {ai.length === 0 ? (
            <p>{t('review.totals.noAi')}</p>
          ) : (
            <ul className="review-ai" data-testid="review-ai">
              {ai.map((i) => (
                <li key={i.key}>
                  <RiskBadge risk={i.aiActRisk} /> <span className="review-item-title">{texts.title(i)}</span>
                  {i.aiAct?.decidedBy && <span className="muted"> — {citeRef(i.aiAct.decidedBy, locale)}</span>}
                  {i.aiAct && i.aiAct.obligations.length > 0 && <span className="review-reason">{i.aiAct.obligations[0][locale]}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      ),
    });
    slides.push({
      id: 'signoff',
      title: t('review.signOff.title'),
      body: (
        <div className="review-signoff" data-testid="review-signoff">
          {view.signOff ? (
            <p className="review-lead">
              {t('review.signOff.signed', {
                name: view.signOff.managerName,
                role: view.signOff.managerRole,
                date: formatDate(view.signOff.signedOn, locale),
                revision: view.revision,
              })}
            </p>
          ) : (
            <>
              <p className="review-lead">{t('review.signOff.notSigned', { revision: view.revision })}</p>
              <p>{t('review.signOff.explain')}</p>
              {view.revision !== view.latestRevision ? (
                <p className="muted">{t('review.signOff.olderRevision')}</p>
              ) : view.signOffProblems.length > 0 ? (
                <div className="callout warn" data-testid="review-signoff-problems">
                  <p>{t('review.signOff.blocked')}</p>
                  <ul>
                    {view.signOffProblems.map((p, k) => (
                      <li key={k}>{problemText(p)}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <button type="button" className="primary review-sign" onClick={() => setSigning(true)} data-testid="review-open-signoff">
                  {t('review.signOff.signNow')}
                </button>
              )}
            </>
          )}
        </div>
      ),
    });
  }

  const last = slides.length - 1;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (signing || last < 0) return; // the dialog has the keyboard (Escape closes it, not the review); nothing loaded yet
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') setIndex((i) => Math.min(last, i + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(last);
      else if (e.key === 'Escape') exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, signing]);

  if (error) return <LoadError error={error} onRetry={reload} message={errorText} />;
  if (!view) return <p className="loading">{t('common:loading')}</p>;
  const slide = slides[Math.min(index, last)];

  return (
    <div className="feature-roadmap review" data-testid="review" data-slide={slide.id}>
      <header className="review-head">
        <div>
          <span className="review-client"><bdi>{displayName(view.clientName)}</bdi></span>
          <span className="review-sub">
            {t('review.subtitle', { revision: view.revision })} · {t(`status.${view.status}`)}
          </span>
        </div>
        <button type="button" className="review-exit" onClick={exit} data-testid="review-exit">
          {t('review.exit')}
        </button>
      </header>
      <section className="review-slide" aria-live="polite">
        <h1>{slide.title}</h1>
        {slide.body}
      </section>
      <nav className="review-nav" aria-label={t('review.navigation')}>
        <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} data-testid="review-prev">
          ← {t('review.previous')}
        </button>
        <ol className="review-dots">
          {slides.map((s, k) => (
            <li key={s.id}>
              <button type="button" aria-current={k === index ? 'step' : undefined} onClick={() => setIndex(k)} aria-label={s.title}>
                {k + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setIndex(Math.min(last, index + 1))} disabled={index === last} data-testid="review-next">
          {t('review.next')} →
        </button>
      </nav>
      {signing && (
        <SignOffDialog
          view={view}
          onClose={() => setSigning(false)}
          onSign={async (input) => {
            try {
              setView(await call('roadmaps.signOff', { id: params.id, ...input }));
              setSigning(false);
              return null;
            } catch (e) {
              return errorText(e);
            }
          }}
        />
      )}
    </div>
  );
}
