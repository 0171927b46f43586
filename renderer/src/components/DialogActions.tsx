/**
 * The closing row of a dialog: Cancel, then the main action. Inside a form the action submits it
 * (Enter works from any field); otherwise it calls `onConfirm`.
 */
import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  onCancel: () => void;
  confirmLabel: string;
  confirmTestId?: string;
  disabled?: boolean;
  /** Erasing, deleting: the action in the danger colour. */
  danger?: boolean;
  /** Without it the action is the form's submit button. */
  onConfirm?: () => void;
}

export function DialogActions({ onCancel, confirmLabel, confirmTestId, disabled, danger, onConfirm }: DialogActionsProps) {
  const { t } = useTranslation('common');
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={danger ? 'danger' : 'primary'}
        disabled={disabled}
        onClick={onConfirm}
        data-testid={confirmTestId}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
