/** Who takes part in the workshop: name and role, one row each. */
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/contract/assessments';
import { MAX_PARTICIPANTS } from '@shared/contract/assessment-limits';

interface ParticipantsEditorProps {
  value: Participant[];
  onChange: (value: Participant[]) => void;
  /** Called when a field loses focus (autosaving screens save then, not on every key). */
  onCommit?: (value: Participant[]) => void;
  disabled?: boolean;
}

export function ParticipantsEditor({ value, onChange, onCommit, disabled }: ParticipantsEditorProps) {
  const { t } = useTranslation('assessment');
  const set = (index: number, patch: Partial<Participant>) => onChange(value.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const commit = (next: Participant[]) => {
    onChange(next);
    onCommit?.(next);
  };
  return (
    <fieldset className="participants" data-testid="participants">
      <legend>{t('participants.title')}</legend>
      {value.length === 0 && <p className="muted">{t('participants.none')}</p>}
      {value.map((p, index) => (
        <div className="participant-row" key={index}>
          <label className="field">
            <span>{t('participants.name')}</span>
            <input
              value={p.name}
              maxLength={200}
              disabled={disabled}
              onChange={(e) => set(index, { name: e.target.value })}
              onBlur={() => onCommit?.(value)}
              data-testid={`participant-name-${index}`}
            />
          </label>
          <label className="field">
            <span>{t('participants.role')}</span>
            <input
              value={p.role}
              maxLength={200}
              disabled={disabled}
              placeholder={t('participants.rolePlaceholder')}
              onChange={(e) => set(index, { role: e.target.value })}
              onBlur={() => onCommit?.(value)}
              data-testid={`participant-role-${index}`}
            />
          </label>
          <button type="button" className="link" disabled={disabled} onClick={() => commit(value.filter((_, i) => i !== index))}>
            {t('participants.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={disabled || value.length >= MAX_PARTICIPANTS}
        onClick={() => commit([...value, { name: '', role: '' }])}
        data-testid="add-participant"
      >
        + {t('participants.add')}
      </button>
    </fieldset>
  );
}
