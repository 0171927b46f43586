/** Search is case- and accent-insensitive ("sarl" finds "Sàrl", "mueller" does not find "Müller"). */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Letters and digits only, so "sarl" also finds "S.à r.l." and "b123456" finds "B 123.456". */
function squash(normalised: string): string {
  return normalised.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The stored search text of a client: its searchable fields, normalised, then squashed. */
export function clientSearchText(fields: string[]): string {
  const text = normaliseForSearch(fields.join(' '));
  return `${text} | ${squash(text)}`;
}

/** LIKE patterns for a query (either must match), with LIKE's wildcards taken literally. */
export function searchPatterns(query: string): [string, string] {
  const escape = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const normalised = normaliseForSearch(query);
  return [escape(normalised), escape(squash(normalised) || normalised)];
}
