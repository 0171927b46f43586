/**
 * The note of the current question, typed during the discussion. Saved shortly after typing
 * pauses and when the drawer closes (Escape). A note that is too long is refused by the main
 * process; the text stays on screen with a message saying why, so nothing typed is lost.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/contract/limits';
import { NOTE_TOO_LONG } from '@shared/contract/assessment-limits';
import { formatNumber } from '@shared/format';
import { useDebouncedSave } from '@renderer/lib/use-debounced-save';
import { useLocale } from '@renderer/lib/use-locale';
import { problemsOf, useErrorMessage } from '@renderer/lib/api-errors';

interface NoteDrawerProps {
  title: string;
  initial: string;
  readOnly: boolean;
  onSave: (text: string) => Promise<unknown>;
  onClose: () => void;
}

export function NoteDrawer({ title, initial, readOnly, onSave, onClose }: NoteDrawerProps) {
  const { t } = useTranslation('assessment');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const saver = useDebouncedSave((value: string) => {
    onSave(value).then(
      () => setError(null),
      (e: unknown) => {
        const tooLong = problemsOf(e).some((f) => f.message === NOTE_TOO_LONG);
        setError(
          tooLong
            ? t('note.tooLong', { length: formatNumber(value.length, locale), max: formatNumber(LIMITS.longText, locale) })
            : errorMessage(e),
        );
      },
    );
  }, 400);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  const close = () => {
    saver.flush();
    onClose();
  };

  return (
    <aside className="note-drawer" data-testid="note-drawer" aria-label={t('note.title')}>
      <div className="note-head">
        <h2>
          {t('note.title')} <span className="muted">— {title}</span>
        </h2>
        <button type="button" onClick={close} data-testid="close-note">
          <kbd>Esc</kbd> {t('common:close')}
        </button>
      </div>
      <textarea
        ref={ref}
        value={text}
        readOnly={readOnly}
        rows={5}
        data-testid="note-text"
        aria-invalid={!!error}
        placeholder={t('note.placeholder')}
        onChange={(e) => {
          setText(e.target.value);
          saver.schedule(e.target.value);
        }}
        onBlur={saver.flush}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      {error ? (
        <p className="error-text" role="alert" data-testid="note-error">
          {error}
        </p>
      ) : (
        text.length > LIMITS.longText * 0.8 && (
          <p className="muted">{t('note.length', { length: formatNumber(text.length, locale), max: formatNumber(LIMITS.longText, locale) })}</p>
        )
      )}
    </aside>
  );
}
