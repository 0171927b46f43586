import { create } from 'zustand';
import { ApiError } from './api';

/**
 * The visible autosave state shown in the header: saving while any write is in flight,
 * then "saved at …", or the last error (which stays until the next successful save).
 * A field holding a value it cannot save (typing error) registers itself in `invalid`: while
 * any is registered the header does not say "saved", and result areas (AwaitingValid) hide
 * figures that no longer match what is on screen.
 */
export interface InvalidField {
  label: string;
  /** Which result area depends on the field (see AwaitingValid); '' when none is named. */
  scope: string;
}

interface SaveState {
  pending: number;
  lastSavedAt: Date | null;
  lastError: ApiError | null;
  /** Field id → the field's label and scope, for each field currently holding an unsaveable value. */
  invalid: Record<string, InvalidField>;
}

export const useSaveState = create<SaveState>(() => ({ pending: 0, lastSavedAt: null, lastError: null, invalid: {} }));

/** A field says it holds an unsaveable value, or no longer does (null). */
export function markInvalid(fieldId: string, field: InvalidField | null): void {
  useSaveState.setState((s) => {
    if (field === null) {
      if (!(fieldId in s.invalid)) return s;
      const { [fieldId]: _gone, ...rest } = s.invalid;
      return { invalid: rest };
    }
    const old = s.invalid[fieldId];
    return old && old.label === field.label && old.scope === field.scope ? s : { invalid: { ...s.invalid, [fieldId]: field } };
  });
}

/** Labels of the fields on screen that hold a value which could not be saved (of one scope, if given). */
export function useInvalidFields(scope?: string): string[] {
  const invalid = useSaveState((s) => s.invalid);
  return Object.values(invalid)
    .filter((f) => scope === undefined || f.scope === scope)
    .map((f) => f.label);
}

export async function trackSave<T>(write: () => Promise<T>): Promise<T> {
  useSaveState.setState((s) => ({ pending: s.pending + 1 }));
  try {
    const value = await write();
    useSaveState.setState((s) => ({ pending: s.pending - 1, lastSavedAt: new Date(), lastError: null }));
    return value;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) });
    useSaveState.setState((s) => ({ pending: s.pending - 1, lastError: apiError }));
    throw apiError;
  }
}
