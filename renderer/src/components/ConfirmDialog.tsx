import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from './DialogActions';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** When set, the person must type this text (e.g. the company name) to confirm. */
  typeToConfirm?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal dialog on the native <dialog> element (focus trap and Escape for free). */
export function ConfirmDialog({ title, children, confirmLabel, typeToConfirm, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const canConfirm = typeToConfirm === undefined || typed.trim() === typeToConfirm.trim();
  return (
    <dialog ref={ref} className="dialog" onCancel={onCancel} aria-labelledby="dialog-title">
      <h2 id="dialog-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      {typeToConfirm !== undefined && (
        <label className="field">
          <span>{t('confirm.typeName')}</span>
          <input value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="confirm-input" autoFocus />
        </label>
      )}
      <DialogActions onCancel={onCancel} confirmLabel={confirmLabel} confirmTestId="confirm-button" disabled={!canConfirm} danger={danger} onConfirm={onConfirm} />
    </dialog>
  );
}
