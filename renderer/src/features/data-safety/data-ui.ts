/**
 * Small renderer helpers of the data-safety feature: its error messages, file bytes in the
 * browser preview (no Node here), and how tables and sizes are shown.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '@renderer/lib/api';
import { useErrorMessage } from '@renderer/lib/api-errors';
import { formatNumber } from '@shared/format';
import type { Locale } from '@shared/locale';

/** Error codes of this feature are translated in the data namespace; others by the common errors. */
export function useDataError() {
  const { t, i18n } = useTranslation('data');
  const common = useErrorMessage();
  return (error: unknown): string =>
    error instanceof ApiError && i18n.exists(`data:errors.${error.code}`) ? t(`errors.${error.code}`, error.details) : common(error);
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function downloadBase64(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}

export function formatSize(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** A table's name for people: translated when known, else "assessment_answers" → "assessment answers". */
export function useTableLabel() {
  const { t } = useTranslation('data');
  return (table: string) => t(`tables.${table}`, { defaultValue: table.replace(/_/g, ' ') });
}
