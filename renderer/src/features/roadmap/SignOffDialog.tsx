/**
 * The SME manager signs the roadmap revision off: name, role and date are recorded with the exact
 * revision, which becomes read-only and is queued for the portal. Name and role start from the
 * first participant of the maturity check the roadmap comes from (the other participants are
 * one click away); both stay editable.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@renderer/lib/display-text';
import type { Participant } from '@shared/contract/assessments';
import type { RoadmapProblem, RoadmapView } from '@shared/contract/roadmaps';
import { formatMoney } from '@shared/format';
import { call } from '@renderer/lib/api';
import { DateField } from '@renderer/components/fields';
import { ErrorMessage } from '@renderer/components/ErrorText';
import { DialogActions } from '@renderer/components/DialogActions';
import { todayIso, useRoadmapTexts } from './roadmap-bits';

interface Props {
  view: RoadmapView;
  onSign: (input: { managerName: string; managerRole: string; signedOn: string }) => Promise<string | null>;
  onClose: () => void;
}

export function useProblemText(view: RoadmapView | null) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  return (p: RoadmapProblem) => {
    const initiative = p.key ? view?.initiatives.find((i) => i.key === p.key) : undefined;
    return t(`signOff.problem.${p.code}`, { title: initiative ? texts.title(initiative) : '', path: p.path ?? '' });
  };
}

export function SignOffDialog({ view, onSign, onClose }: Props) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const problemText = useProblemText(view);
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [participants, setParticipants] = useState<Participant[]>([]);
  useEffect(() => ref.current?.showModal(), []);
  useEffect(() => {
    let live = true;
    call('assessments.snapshot', { id: view.check.id, revision: view.check.revision }).then(
      (snapshot) => {
        if (!live) return;
        const people = snapshot.participants.filter((p) => p.name.trim() !== '');
        setParticipants(people);
        // Only fill empty fields: never overwrite what the advisor already typed.
        if (people[0]) {
          setName((n) => n || people[0].name);
          setRole((r) => r || people[0].role);
        }
      },
      () => undefined, // no participants to offer: the fields stay empty to be typed
    );
    return () => {
      live = false;
    };
  }, [view.check.id, view.check.revision]);

  const blocked = view.signOffProblems.length > 0;
  const ready = !blocked && name.trim() !== '' && role.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(date);

  return (
    <dialog ref={ref} className="dialog roadmap-dialog" onCancel={onClose} aria-labelledby="signoff-title" data-testid="signoff-dialog">
      <h2 id="signoff-title">{t('signOff.title', { revision: view.revision })}</h2>
      <p>
        {t('signOff.intro', {
          client: displayName(view.clientName),
          count: view.initiatives.length,
          cost: formatMoney(view.totals.totalCostCents, texts.locale),
          months: view.horizonMonths,
        })}
      </p>
      {blocked ? (
        <div className="callout warn" role="alert" data-testid="signoff-problems">
          <p>{t('signOff.blocked')}</p>
          <ul>
            {view.signOffProblems.map((p, k) => (
              <li key={k}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!ready) return;
            setBusy(true);
            const failure = await onSign({ managerName: name.trim(), managerRole: role.trim(), signedOn: date });
            setBusy(false);
            if (failure) setError(failure);
          }}
        >
          {participants.length > 1 && (
            <div className="signoff-people" role="group" aria-label={t('signOff.fromParticipants')} data-testid="signoff-participants">
              <span className="muted small">{t('signOff.fromParticipants')}</span>
              {participants.map((p, k) => (
                <button
                  type="button"
                  key={k}
                  className="chip"
                  aria-pressed={p.name === name && p.role === role}
                  onClick={() => {
                    setName(p.name);
                    setRole(p.role);
                  }}
                >
                  {p.role ? `${p.name} (${p.role})` : p.name}
                </button>
              ))}
            </div>
          )}
          <label className="field">
            <span>{t('signOff.name')}</span>
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus data-testid="signoff-name" />
          </label>
          <label className="field">
            <span>{t('signOff.role')}</span>
            <input value={role} maxLength={200} onChange={(e) => setRole(e.target.value)} placeholder={t('signOff.rolePlaceholder')} data-testid="signoff-role" />
          </label>
          <DateField label={t('signOff.date')} value={date || null} required immediate onSave={(v) => setDate(v ?? '')} testId="signoff-date" />
          <p className="muted small">{t('signOff.effect')}</p>
          <ErrorMessage message={error} />
          <DialogActions onCancel={onClose} confirmLabel={t('signOff.confirm')} confirmTestId="signoff-confirm" disabled={!ready || busy} />
        </form>
      )}
      {blocked && (
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
