/**
 * Reference data versions are `YYYY.N` (instrument, catalogue, schemes): ordered by their
 * numeric parts, so '2026.10' comes after '2026.9'.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
