/**
 * Starting a maturity check for a client: first check or follow-up of an earlier one, the date
 * of the workshop, the language it is held in and who takes part. Then straight to the
 * presenter view.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { AssessmentSummary, Participant, Stage } from '@shared/contract/assessments';
import type { Client } from '@shared/contract/clients';
import { LOCALES, type Locale } from '@shared/locale';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { DateField } from '@renderer/components/fields';
import { LANGUAGE_NAMES } from '@renderer/lib/language-names';
import { ParticipantsEditor } from './ParticipantsEditor';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { levelName, scoreText } from '@renderer/lib/check-text';
import './assessment.css';

const current = getInstrument(CURRENT_INSTRUMENT_VERSION);

/** Today as YYYY-MM-DD in the advisor's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function StartCheckPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('assessment');
  const { data, error, reload } = useLoad(async () => {
    const client = await call('clients.get', { id: params.id });
    const list = await call('assessments.list', { clientId: client.id });
    return { client, earlier: list.filter((a) => a.revision > 0) };
  }, [params.id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <p className="loading">{t('common:loading')}</p>;
  return <StartCheckForm key={data.client.id} client={data.client} earlier={data.earlier} />;
}

/** The form starts as a follow-up of the latest finalised check when there is one, in the client's language. */
function StartCheckForm({ client, earlier }: { client: Client; earlier: AssessmentSummary[] }) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const [stage, setStage] = useState<Stage>(earlier.length > 0 ? 'follow_up' : 'first');
  const [previousId, setPreviousId] = useState<string>(earlier[earlier.length - 1]?.id ?? '');
  const [heldOn, setHeldOn] = useState(today());
  const [language, setLanguageChoice] = useState<Locale>(client.reportLocale);
  const [participants, setParticipants] = useState<Participant[]>([{ name: '', role: '' }]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    try {
      const check = await call('assessments.start', {
        clientId: client.id,
        stage,
        previousId: stage === 'follow_up' ? previousId || null : null,
        heldOn,
        language,
        participants: participants.filter((p) => p.name.trim() || p.role.trim()),
      });
      navigate(`/checks/${check.id}/present`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="feature-assessment page check-start">
      <a href={`#/clients/${client.id}`} className="back">
        ← <bdi>{displayName(client.name)}</bdi>
      </a>
      <h1>{t('start.title', { client: displayName(client.name) })}</h1>
      {/* The counts come from the instrument new checks use, so they follow its version. */}
      <p className="muted">{t('start.intro', { questions: current.items.length, dimensions: current.dimensions.length })}</p>
      <form
        className="card start-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <fieldset className="stage-choice">
          <legend>{t('start.stage')}</legend>
          <label className="checkbox">
            <input type="radio" name="stage" value="first" checked={stage === 'first'} onChange={() => setStage('first')} data-testid="stage-first" />
            {t('stage.first')}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name="stage"
              value="follow_up"
              checked={stage === 'follow_up'}
              disabled={earlier.length === 0}
              onChange={() => {
                setStage('follow_up');
                if (!previousId && earlier.length > 0) setPreviousId(earlier[earlier.length - 1].id);
              }}
              data-testid="stage-follow-up"
            />
            {t('stage.follow_up')}
          </label>
          {earlier.length === 0 && <p className="field-hint">{t('start.noEarlier')}</p>}
        </fieldset>

        <div className="form-grid">
          {stage === 'follow_up' && (
            <div className="field">
              <label htmlFor="previous-check">{t('start.previous')}</label>
              <select id="previous-check" value={previousId} onChange={(e) => setPreviousId(e.target.value)} data-testid="previous-check">
                {earlier.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t('start.previousOption', {
                      date: formatDate(a.heldOn, locale),
                      score: scoreText(a.overall, locale),
                      level: levelName(t, a.level),
                    })}
                  </option>
                ))}
              </select>
              <span className="field-hint" data-testid="follow-up-hint">
                {t('start.followUpHint')}
              </span>
            </div>
          )}
          <DateField
            label={t('start.date')}
            value={heldOn || null}
            min={stage === 'follow_up' ? earlier.find((a) => a.id === previousId)?.heldOn : undefined}
            required
            immediate
            onSave={(v) => setHeldOn(v ?? '')}
            testId="held-on"
          />
          <div className="field">
            <label htmlFor="check-language">{t('start.language')}</label>
            <select id="check-language" value={language} onChange={(e) => setLanguageChoice(e.target.value as Locale)} data-testid="check-language">
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
            <span className="field-hint">{t('start.languageHint')}</span>
          </div>
        </div>

        <ParticipantsEditor value={participants} onChange={setParticipants} />

        <ErrorText error={error} />
        <div className="actions">
          <button type="submit" className="primary big" disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(heldOn)} data-testid="start-check">
            {t('start.submit')}
          </button>
          <a href={`#/clients/${client.id}`}>{t('common:cancel')}</a>
        </div>
      </form>
    </section>
  );
}
