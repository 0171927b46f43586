/**
 * Choice fields of the GPU screens, showing a problem found elsewhere (the estimator or the
 * finalise check) next to the field. Numbers and dates use components/fields.tsx's NumberField
 * and DateField (the one date field of the app).
 */
import { FieldFrame } from '../../components/fields';

/** A select that can show a problem (SelectField cannot). */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onSave,
  error,
  hint,
  testId,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onSave: (v: T) => void;
  error?: string | null;
  hint?: string;
  testId?: string;
}) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(id, describedBy) => (
        <select id={id} value={value} aria-describedby={describedBy} aria-invalid={!!error} data-testid={testId} onChange={(e) => onSave(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
