import { create } from 'zustand';
import { ApiError } from './api';

/**
 * The visible autosave state shown in the header: saving while any write is in flight,
 * then "saved at …", or the last error (which stays until the next successful save).
 */
interface SaveState {
  pending: number;
  lastSavedAt: Date | null;
  lastError: ApiError | null;
}

export const useSaveState = create<SaveState>(() => ({ pending: 0, lastSavedAt: null, lastError: null }));

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
