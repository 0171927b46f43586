/**
 * Peer comparison is shown only with at least this many comparable companies, never with
 * invented numbers (domain.md §2; portal-protocol.md "Peer benchmarks"). One rule for the
 * screens, the report and the reference portal.
 */
export const MIN_BENCHMARK_PEERS = 10;
