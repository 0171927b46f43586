/** Search is case- and accent-insensitive ("sarl" finds "Sàrl", "mueller" does not find "Müller"). */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
