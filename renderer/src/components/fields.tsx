/**
 * Form fields that save as they are typed: each keeps what the person types locally, and calls
 * `onSave` shortly after typing pauses and on blur. Parsing errors are shown and not saved.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseNumberInput } from '../../../shared/format';
import { useDebouncedSave } from '../lib/use-debounced-save';
import { useLocale } from '../lib/use-locale';

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string | null;
  children: (id: string, describedBy: string | undefined) => ReactNode;
  wide?: boolean;
}

export function FieldFrame({ label, hint, error, children, wide }: FieldFrameProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  hint?: string;
  error?: string | null;
  multiline?: boolean;
  maxLength?: number;
  wide?: boolean;
  testId?: string;
  type?: 'text' | 'email' | 'tel';
  autoFocus?: boolean;
}

export function TextField({ label, value, onSave, hint, error, multiline, maxLength, wide, testId, type = 'text', autoFocus }: TextFieldProps) {
  const [text, setText] = useState(value);
  const saver = useDebouncedSave(onSave);
  useEffect(() => setText(value), [value]);
  const common = {
    value: text,
    maxLength,
    'data-testid': testId,
    autoFocus,
    onBlur: saver.flush,
  };
  return (
    <FieldFrame label={label} hint={hint} error={error} wide={wide}>
      {(id, describedBy) =>
        multiline ? (
          <textarea
            id={id}
            aria-describedby={describedBy}
            aria-invalid={!!error}
            rows={4}
            {...common}
            onChange={(e) => {
              setText(e.target.value);
              saver.schedule(e.target.value);
            }}
          />
        ) : (
          <input
            id={id}
            type={type}
            aria-describedby={describedBy}
            aria-invalid={!!error}
            {...common}
            onChange={(e) => {
              setText(e.target.value);
              saver.schedule(e.target.value);
            }}
          />
        )
      }
    </FieldFrame>
  );
}

interface NumberFieldProps {
  label: string;
  /** Stored value (for money: cents). */
  value: number | null;
  onSave: (value: number | null) => void;
  /** Money fields show euros and store integer cents. */
  money?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  hint?: string;
  testId?: string;
  suffix?: string;
}

export function NumberField({ label, value, onSave, money, min = 0, max, integer, hint, testId, suffix }: NumberFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = (v: number | null) => (v === null ? '' : formatNumber(money ? v / 100 : v, locale, money ? 2 : 2));
  const [text, setText] = useState(shown(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(shown(value)), [value, locale]);
  const saver = useDebouncedSave((raw: string) => {
    const parsed = parseNumberInput(raw, locale);
    if (parsed === null) {
      setError(null);
      onSave(null);
      return;
    }
    if (Number.isNaN(parsed)) return setError(t('validation.notANumber'));
    if (parsed < min) return setError(t('validation.min', { min: formatNumber(min, locale) }));
    if (max !== undefined && parsed > max) return setError(t('validation.max', { max: formatNumber(max, locale) }));
    if (integer && !Number.isInteger(parsed)) return setError(t('validation.integer'));
    setError(null);
    onSave(money ? Math.round(parsed * 100) : parsed);
  });
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(id, describedBy) => (
        <span className="input-with-suffix">
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            aria-invalid={!!error}
            data-testid={testId}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              saver.schedule(e.target.value);
            }}
            onBlur={saver.flush}
          />
          {(money || suffix) && <span className="suffix">{money ? '€' : suffix}</span>}
        </span>
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onSave: (value: T) => void;
  testId?: string;
}

export function SelectField<T extends string>({ label, value, options, onSave, testId }: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label}>
      {(id) => (
        <select id={id} value={value} data-testid={testId} onChange={(e) => onSave(e.target.value as T)}>
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
