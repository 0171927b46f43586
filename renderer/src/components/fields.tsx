/**
 * Form fields that save as they are typed: each keeps what the person types locally, and calls
 * `onSave` shortly after typing pauses and on blur. A value that cannot be saved (not a number,
 * not a date, a required field emptied) is shown with its reason, is not saved, and registers
 * the field as invalid (lib/save-state.ts) so the header and result areas do not pretend it was.
 * The one rule for reading numbers is shared/number-input.ts; for dates shared/date-input.ts.
 */
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate, formatMonth, formatNumber } from '@shared/format';
import { parseDateText, type DateMode } from '@shared/date-input';
import { decimalsOf, parseDecimal, separators, shiftDecimal, toNumber, type NumberProblem } from '@shared/number-input';
import type { Locale } from '@shared/locale';
import { markInvalid } from '../lib/save-state';
import { useDebouncedSave } from '../lib/use-debounced-save';
import { useLocale } from '../lib/use-locale';

interface FieldFrameProps {
  label: string;
  hint?: string | null;
  error?: string | null;
  /** A note that is neither hint nor error (e.g. "cut at 200 characters"). */
  notice?: string | null;
  children: (id: string, describedBy: string | undefined) => ReactNode;
  wide?: boolean;
}

export function FieldFrame({ label, hint, error, notice, children, wide }: FieldFrameProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : notice ? `${id}-notice` : hint ? `${id}-hint` : undefined;
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : notice ? (
        <span className="field-notice" id={`${id}-notice`} role="status">
          {notice}
        </span>
      ) : hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Names the result area that the fields inside feed (e.g. "scenario"): while one of them holds an
 * unsaveable value, <AwaitingValid scope="scenario"> hides the figures computed from the old value.
 */
export const ValidityScope = createContext('');

/** Registers this field as holding an unsaveable value while `invalid` is true (and never after unmount). */
function useInvalidMark(invalid: boolean, label: string) {
  const key = useId();
  const scope = useContext(ValidityScope);
  useEffect(() => {
    markInvalid(key, invalid ? { label, scope } : null);
  }, [key, invalid, label, scope]);
  useEffect(() => () => markInvalid(key, null), [key]);
}

interface TextFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  hint?: string;
  error?: string | null;
  multiline?: boolean;
  /** Longer input (typed or pasted) is cut to this length, and the field says so. */
  maxLength?: number;
  /** An emptied required field is refused with a message; the saved value stays. */
  required?: boolean;
  wide?: boolean;
  testId?: string;
  type?: 'text' | 'email' | 'tel';
  autoFocus?: boolean;
}

export function TextField({ label, value, onSave, hint, error, multiline, maxLength, required, wide, testId, type = 'text', autoFocus }: TextFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState(value);
  const [cut, setCut] = useState(false);
  const saver = useDebouncedSave((v: string) => {
    if (required && v.trim() === '') return; // refused: the message is on screen, the saved value stays
    onSave(v);
  });
  useEffect(() => setText(value), [value]);
  const emptyRequired = !!required && text.trim() === '';
  useInvalidMark(emptyRequired, label);
  const change = (raw: string) => {
    // Not the input's own maxLength: it cuts a paste silently.
    const tooLong = maxLength !== undefined && raw.length > maxLength;
    const next = tooLong ? raw.slice(0, maxLength) : raw;
    setCut(tooLong);
    setText(next);
    saver.schedule(next);
  };
  const shownError = emptyRequired ? t('validation.required') : (error ?? null);
  const notice = cut && maxLength !== undefined ? t('validation.cut', { max: formatNumber(maxLength, locale, 0) }) : null;
  const common = {
    value: text,
    'data-testid': testId,
    autoFocus,
    required,
    onBlur: saver.flush,
  };
  return (
    <FieldFrame label={label} hint={hint} error={shownError} notice={notice} wide={wide}>
      {(id, describedBy) =>
        multiline ? (
          <textarea id={id} aria-describedby={describedBy} aria-invalid={!!shownError} rows={4} {...common} onChange={(e) => change(e.target.value)} />
        ) : (
          <input id={id} type={type} aria-describedby={describedBy} aria-invalid={!!shownError} {...common} onChange={(e) => change(e.target.value)} />
        )
      }
    </FieldFrame>
  );
}

/** Why a typed number was refused, in the UI language. */
export function numberProblemText(problem: NumberProblem, locale: Locale, t: TFunction): string {
  const { decimal, group } = separators(locale);
  switch (problem) {
    case 'ambiguous':
      return t('common:validation.ambiguous', { decimal: `1${decimal}2`, thousands: `1${group}200` });
    case 'grouping':
      return t('common:validation.grouping', { example: `1${group}234${group}567` });
    case 'tooLarge':
      return t('common:validation.tooLarge');
    default:
      return t('common:validation.notANumber');
  }
}

interface NumberFieldProps {
  label: string;
  /** Stored value (money: integer cents; percent: a fraction). */
  value: number | null | undefined;
  onSave: (value: number | null) => void;
  /** Money fields show euros and store integer cents. */
  money?: boolean;
  /** Percent fields show 0–100 and store a fraction (57 % → 0.57 exactly). */
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
  // stored = typed × 10^shift, done on decimal digits so no binary noise creeps in.
  const shift = money ? 2 : percent ? -2 : 0;
  const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(shiftDecimal(v, -shift), locale, money ? 2 : 4));
  const [text, setText] = useState(shown(value));
  const [typingError, setTypingError] = useState<string | null>(null);
  useEffect(() => setText(shown(value)), [value, locale]);
  useInvalidMark(typingError !== null, label);
  /** The value to store for what is typed (null when empty), or why it cannot be stored. */
  const read = (raw: string): { ok: true; stored: number | null } | { ok: false; message: string } => {
    const p = parseDecimal(raw, locale);
    if (!p.ok) return { ok: false, message: numberProblemText(p.problem, locale, t) };
    if (p.empty) return { ok: true, stored: null };
    const typed = toNumber(p);
    if (typed < min) return { ok: false, message: t('validation.min', { min: formatNumber(min, locale, 4) }) };
    if (max !== undefined && typed > max) return { ok: false, message: t('validation.max', { max: formatNumber(max, locale, 4) }) };
    if (integer && !Number.isInteger(typed)) return { ok: false, message: t('validation.integer') };
    if (money && decimalsOf(p) > 2) return { ok: false, message: t('validation.cents') };
    return { ok: true, stored: toNumber(p, shift) };
  };
  const saver = useDebouncedSave((raw: string) => {
    const r = read(raw);
    setTypingError(r.ok ? null : r.message);
    if (r.ok) onSave(r.stored);
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
            onBlur={(e) => {
              saver.flush();
              // Show what was understood, written the app's way ("5e7" → "50.000.000").
              const r = read(e.target.value);
              if (r.ok) setText(shown(r.stored));
            }}
          />
          {(money || percent || suffix) && <span className="suffix">{money ? '€' : percent ? '%' : suffix}</span>}
        </span>
      )}
    </FieldFrame>
  );
}

interface DateFieldProps {
  label: string;
  /** ISO date ("2026-12-02"); a month field stores the first of the month. */
  value: string | null;
  onSave: (value: string | null) => void;
  /** 'month' for a month and year (roadmap start). */
  mode?: DateMode;
  required?: boolean;
  /** ISO bounds, inclusive. */
  min?: string;
  max?: string;
  hint?: string;
  /** A problem reported elsewhere for this field; a typing error wins. */
  error?: string | null;
  testId?: string;
  /**
   * For forms with a submit button: every change is reported at once, an unreadable or
   * out-of-bounds date as null (so the form cannot be submitted with it).
   */
  immediate?: boolean;
  autoFocus?: boolean;
}

/**
 * The one date field. A text field, not <input type="date">: Chromium draws that picker in the
 * operating system's language and order, not the app's. It shows the date in the UI language
 * ("2 déc. 2026", "2. Dez. 2026"), reads what is typed day first or with month names, says how
 * it read it while typing, and refuses what is not a calendar date.
 */
export function DateField({ label, value, onSave, mode = 'day', required, min, max, hint, error, testId, immediate, autoFocus }: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const show = (v: string | null | undefined) => (!v ? '' : mode === 'month' ? formatMonth(v, locale) : formatDate(v, locale, 'medium'));
  const [text, setText] = useState(show(value));
  const [typingError, setTypingError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(show(value));
  }, [value, locale, mode]);
  useInvalidMark(typingError !== null, label);

  /** The ISO value typed, or the reason it cannot be used. */
  const read = (raw: string): { ok: true; value: string | null } | { ok: false; message: string } => {
    const parsed = parseDateText(raw, mode, locale);
    if (parsed === undefined) return { ok: false, message: t(mode === 'month' ? 'date.invalidMonth' : 'date.invalid') };
    if (parsed === null) return required ? { ok: false, message: t('validation.required') } : { ok: true, value: null };
    if (min && parsed < min) return { ok: false, message: t('date.min', { date: show(min) }) };
    if (max && parsed > max) return { ok: false, message: t('date.max', { date: show(max) }) };
    return { ok: true, value: parsed };
  };
  const commit = (raw: string) => {
    const r = read(raw);
    setTypingError(r.ok ? null : r.message);
    if (r.ok) onSave(r.value);
    else if (immediate) onSave(null);
  };
  const saver = useDebouncedSave(commit);
  const current = read(text);
  const echo = current.ok && current.value && show(current.value) !== text.trim() ? t('date.reads', { date: show(current.value) }) : null;
  const shownError = typingError ?? error ?? null;
  return (
    <FieldFrame label={label} hint={echo ?? hint} error={shownError}>
      {(id, describedBy) => (
        <input
          id={id}
          className="date-input"
          inputMode="text"
          autoComplete="off"
          placeholder={t(mode === 'month' ? 'date.placeholderMonth' : 'date.placeholder')}
          aria-describedby={describedBy}
          aria-invalid={!!shownError}
          aria-required={required}
          data-testid={testId}
          autoFocus={autoFocus}
          value={text}
          onFocus={() => (focused.current = true)}
          onChange={(e) => {
            setText(e.target.value);
            if (immediate) commit(e.target.value);
            else saver.schedule(e.target.value);
          }}
          onBlur={(e) => {
            focused.current = false;
            saver.flush();
            const r = read(e.target.value);
            if (r.ok && r.value) setText(show(r.value)); // show what was understood, in words
          }}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onSave: (value: T) => void;
  /** A problem found elsewhere (the GPU estimator, the finalise check), shown under the field. */
  error?: string | null;
  hint?: string;
  testId?: string;
}

export function SelectField<T extends string>({ label, value, options, onSave, error, hint, testId }: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(id, describedBy) => (
        <select id={id} value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} data-testid={testId} onChange={(e) => onSave(e.target.value as T)}>
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
