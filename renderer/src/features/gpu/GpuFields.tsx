/**
 * Number and date fields of the GPU screens. Unlike components/fields.tsx's NumberField they
 * also show a problem found elsewhere (the estimator or the finalise check), next to the field.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, parseNumberInput } from '../../../../shared/format';
import { FieldFrame } from '../../components/fields';
import { useDebouncedSave } from '../../lib/use-debounced-save';
import { useLocale } from '../../lib/use-locale';

interface QuantityFieldProps {
  label: string;
  value: number | null | undefined;
  onSave: (value: number | null) => void;
  /** A problem reported by the estimator or the contract for this field. */
  error?: string | null;
  hint?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Stored as a fraction, typed as a percentage. */
  percent?: boolean;
  suffix?: string;
  testId?: string;
  placeholder?: string;
  disabled?: boolean;
}

export function QuantityField({ label, value, onSave, error, hint, min = 0, max, integer, percent, suffix, testId, placeholder, disabled }: QuantityFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(percent ? v * 100 : v, locale, 4));
  const [text, setText] = useState(shown(value));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => setText(shown(value)), [value, locale]);
  const saver = useDebouncedSave((raw: string) => {
    const typed = parseNumberInput(raw, locale);
    if (typed === null) {
      setParseError(null);
      return onSave(null);
    }
    if (Number.isNaN(typed)) return setParseError(t('validation.notANumber'));
    const parsed = percent ? typed / 100 : typed;
    if (parsed < min) return setParseError(t('validation.min', { min: formatNumber(percent ? min * 100 : min, locale) }));
    if (max !== undefined && parsed > max) return setParseError(t('validation.max', { max: formatNumber(percent ? max * 100 : max, locale) }));
    if (integer && !Number.isInteger(parsed)) return setParseError(t('validation.integer'));
    setParseError(null);
    onSave(parsed);
  });
  return (
    <FieldFrame label={label} hint={hint} error={parseError ?? error}>
      {(id, describedBy) => (
        <span className="input-with-suffix">
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            aria-invalid={!!(parseError ?? error)}
            data-testid={testId}
            value={text}
            placeholder={placeholder}
            disabled={disabled}
            onChange={(e) => {
              setText(e.target.value);
              saver.schedule(e.target.value);
            }}
            onBlur={saver.flush}
          />
          {(percent || suffix) && <span className="suffix">{percent ? '%' : suffix}</span>}
        </span>
      )}
    </FieldFrame>
  );
}

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
