/**
 * AI Act triage of one initiative: the guided questions of shared/domain/ai-act.ts, one after the
 * other (art. 5 first; the art. 6(3) question only after an Annex III area), with the tier, the
 * provision that decided it, what it implies and when those rules apply (each date with the provision
 * that sets it) shown live. Each answer is saved at once.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapInitiative, RoadmapView } from '@shared/contract/roadmaps';
import { citeRef, openTierQuestions, relevantAiActQuestions, triageAiAct, type AiActAnswers, type AiActQuestionId } from '@shared/domain/ai-act';
import { formatDate } from '@shared/format';
import { RiskBadge, useRoadmapTexts } from './roadmap-bits';

interface Props {
  view: RoadmapView;
  initiative: RoadmapInitiative;
  onAnswers: (answers: AiActAnswers) => Promise<unknown>;
  onUsesAi: (usesAi: boolean) => Promise<unknown>;
  onClose: () => void;
}

export function TriageDialog({ view, initiative, onAnswers, onUsesAi, onClose }: Props) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const { locale } = texts;
  const ref = useRef<HTMLDialogElement>(null);
  const [answers, setAnswers] = useState<AiActAnswers>(initiative.aiActAnswers);
  const [usesAi, setUsesAi] = useState(initiative.usesAi);
  useEffect(() => ref.current?.showModal(), []);

  const questions = relevantAiActQuestions(answers);
  const result = triageAiAct(answers);
  const openForTier = openTierQuestions(result).length;
  // Questions that add duties without changing the tier (the GPAI model question) may still be open.
  const openOther = result.unanswered.length - openForTier;
  const title = texts.title(initiative);

  function answer(id: AiActQuestionId, option: string) {
    const next = { ...answers, [id]: option };
    setAnswers(next);
    void onAnswers(next);
  }

  return (
    <dialog ref={ref} className="dialog dialog-wide triage-dialog roadmap-dialog" onCancel={onClose} aria-labelledby="triage-title" data-testid="triage-dialog">
      <h2 id="triage-title">{t('triage.title')}</h2>
      <p className="muted">{t('triage.for', { title })}</p>

      <fieldset className="triage-question">
        <legend>{t('triage.usesAi')}</legend>
        <div className="choice-row">
          {[true, false].map((value) => (
            <label key={String(value)} className={`choice ${usesAi === value ? 'chosen' : ''}`}>
              <input
                type="radio"
                name="uses-ai"
                checked={usesAi === value}
                onChange={() => {
                  setUsesAi(value);
                  void onUsesAi(value);
                }}
                data-testid={`uses-ai-${value ? 'yes' : 'no'}`}
              />
              {value ? t('common:yes') : t('common:no')}
            </label>
          ))}
        </div>
      </fieldset>

      {!usesAi ? (
        <p className="triage-none">{t('triage.notNeeded')}</p>
      ) : (
        <div className="triage-body">
          <ol className="triage-questions">
            {questions.map((q) => (
              <li key={q.id}>
                <fieldset className="triage-question" data-testid={`triage-q-${q.id}`}>
                  <legend>{q.question[locale]}</legend>
                  <div className={q.kind === 'yes_no' ? 'choice-row' : 'choice-list'}>
                    {q.options.map((o) => (
                      <label key={o.id} className={`choice ${answers[q.id] === o.id ? 'chosen' : ''}`}>
                        <input
                          type="radio"
                          name={`q-${q.id}`}
                          checked={answers[q.id] === o.id}
                          onChange={() => answer(q.id, o.id)}
                          data-testid={`triage-${q.id}-${o.id}`}
                        />
                        <span>
                          {o.label[locale]}
                          {o.ref && <span className="muted small"> ({citeRef({ ref: o.ref, citation: o.citation }, locale)})</span>}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <aside className={`triage-result risk-box-${result.risk}`} aria-live="polite" data-testid="triage-result" data-risk={result.risk}>
            <h3>{t('triage.result')}</h3>
            <p>
              <RiskBadge risk={result.risk} />
            </p>
            {result.decidedBy && <p data-testid="triage-ref">{t('triage.decidedBy', { ref: citeRef(result.decidedBy, locale) })}</p>}
            {result.alsoApplies.length > 0 && (
              <p className="small">{t('triage.alsoApplies', { refs: result.alsoApplies.map((r) => citeRef(r, locale)).join(', ') })}</p>
            )}
            {openForTier > 0 && <p className="small">{t('triage.open', { count: openForTier })}</p>}
            {openForTier === 0 && openOther > 0 && (
              <p className="small" data-testid="triage-still-open">
                {t('triage.stillOpen', { count: openOther })}
              </p>
            )}
            <h4>{t('triage.implications')}</h4>
            <ul className="small">
              {result.obligations.map((o, k) => (
                <li key={result.obligationIds[k]}>{o[locale]}</li>
              ))}
            </ul>
            {result.dates.length > 0 && (
              <>
                <h4>{t('triage.dates')}</h4>
                <ul className="small" data-testid="triage-dates">
                  {result.dates.map((d) => (
                    <li key={d.id} data-date-rule={d.id}>
                      {t('triage.dateRule', { rule: d.rule[locale], date: formatDate(d.appliesFrom, locale), source: d.source[locale] })}
                    </li>
                  ))}
                </ul>
                <p className="muted small">{t('triage.datesNote')}</p>
              </>
            )}
          </aside>
        </div>
      )}
      <p className="muted small">{t('triage.disclaimer')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="triage-done">
          {t('triage.done')}
        </button>
      </div>
    </dialog>
  );
}
