/**
 * Date and choice fields of the GPU screens, showing a problem found elsewhere (the estimator
 * or the finalise check) next to the field. Numbers use components/fields.tsx's NumberField.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format';
import { FieldFrame } from '../../components/fields';
import { useDebouncedSave } from '../../lib/use-debounced-save';
import { useLocale } from '../../lib/use-locale';

/** "01/04/2026", "1.4.2026" or "2026-04-01" → "2026-04-01"; null when empty; undefined when not a date. */
export function parseDateInput(text: string): string | null | undefined {
  const v = text.trim();
  if (v === '') return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A date typed in the UI language's order (dd/mm/yyyy, dd.mm.yyyy). Not <input type="date">:
 * Chromium formats that from the operating system's locale, not the app's language.
 */
export function DateField({ label, value, onSave, error, testId }: { label: string; value: string | null; onSave: (v: string | null) => void; error?: string | null; testId?: string }) {
  const { t } = useTranslation('gpu');
  const locale = useLocale();
  const shown = (v: string | null) => (v ? formatDate(v, locale, 'short') : '');
  const [text, setText] = useState(shown(value));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => setText(shown(value)), [value, locale]);
  const saver = useDebouncedSave((raw: string) => {
    const parsed = parseDateInput(raw);
    if (parsed === undefined) return setParseError(t('date.invalid'));
    setParseError(null);
    onSave(parsed);
  });
  return (
    <FieldFrame label={label} error={parseError ?? error}>
      {(id, describedBy) => (
        <input
          id={id}
          inputMode="numeric"
          placeholder={t('date.placeholder')}
          aria-describedby={describedBy}
          aria-invalid={!!(parseError ?? error)}
          data-testid={testId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            saver.schedule(e.target.value);
          }}
          onBlur={saver.flush}
        />
      )}
    </FieldFrame>
  );
}

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
