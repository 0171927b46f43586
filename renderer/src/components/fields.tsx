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
  /** Stored value (money: integer cents; percent: a fraction). */
  value: number | null | undefined;
  onSave: (value: number | null) => void;
  /** Money fields show euros and store integer cents. */
  money?: boolean;
  /** Percent fields show 0–100 and store a fraction. */
  percent?: boolean;
  /** Bounds in the unit the person types (euros, percent, …). */
  min?: number;
  max?: number;
  integer?: boolean;
  hint?: string;
  /** A problem reported elsewhere for this field (the contract, an estimator); a typing error wins. */
  error?: string | null;
  testId?: string;
  suffix?: string;
  placeholder?: string;
  disabled?: boolean;
}

export function NumberField({ label, value, onSave, money, percent, min = 0, max, integer, hint, error, testId, suffix, placeholder, disabled }: NumberFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scale = money ? 100 : percent ? 0.01 : 1; // stored = typed × scale
  const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v / scale, locale, money ? 2 : 4));
  const [text, setText] = useState(shown(value));
  const [typingError, setTypingError] = useState<string | null>(null);
  useEffect(() => setText(shown(value)), [value, locale]);
  const saver = useDebouncedSave((raw: string) => {
    const typed = parseNumberInput(raw, locale);
    if (typed === null) {
      setTypingError(null);
      onSave(null);
      return;
    }
    if (Number.isNaN(typed)) return setTypingError(t('validation.notANumber'));
    if (typed < min) return setTypingError(t('validation.min', { min: formatNumber(min, locale) }));
    if (max !== undefined && typed > max) return setTypingError(t('validation.max', { max: formatNumber(max, locale) }));
    if (integer && !Number.isInteger(typed)) return setTypingError(t('validation.integer'));
    setTypingError(null);
    onSave(money ? Math.round(typed * 100) : typed * scale);
  });
  const shownError = typingError ?? error ?? null;
  return (
    <FieldFrame label={label} hint={hint} error={shownError}>
      {(id, describedBy) => (
        <span className="input-with-suffix">
          <input
            id={id}
            inputMode="decimal"
            aria-describedby={describedBy}
            aria-invalid={!!shownError}
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
          {(money || percent || suffix) && <span className="suffix">{money ? '€' : percent ? '%' : suffix}</span>}
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
