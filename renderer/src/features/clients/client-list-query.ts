/**
 * The client list's query. The list is the first screen: main.tsx asks for it at start-up, in
 * parallel with the settings and the texts, and the list's first render takes that answer
 * instead of asking only once it is on screen (test/bench/renderer.bench.ts, first screen).
 */
import type { ClientSummary } from '@shared/contract/clients';
import type { Input } from '@shared/contract';
import { call } from '@renderer/lib/api';

type ListInput = Required<Input<'clients.list'>>;

/** What the list shows when it opens: every client not archived, by name. */
export const FIRST_LIST: ListInput = { query: '', sort: 'name', includeArchived: false };

let early: Promise<ClientSummary[]> | null = null;
let arrived: ClientSummary[] | null = null;

/** Starts the first list's query now; its answer is kept for the list's first render. */
export function askFirstListEarly(): void {
  early = call('clients.list', FIRST_LIST);
  early.then(
    (list) => (arrived = list),
    () => undefined, // a failure is shown by the list, which asks again
  );
}

/** The first list when its answer is already here (taken once), so the first render can show it. */
export function takeFirstListIfArrived(): ClientSummary[] | null {
  const list = arrived;
  if (list) arrived = early = null;
  return list;
}

/** The list for `input`: the early answer when it is the first list and still unused, else a new query. */
export function listClients(input: ListInput): Promise<ClientSummary[]> {
  const same = input.query === FIRST_LIST.query && input.sort === FIRST_LIST.sort && input.includeArchived === FIRST_LIST.includeArchived;
  if (early && same) {
    const answer = early;
    early = arrived = null; // once: a later visit must see clients created since
    return answer.catch(() => call('clients.list', input));
  }
  return call('clients.list', input);
}
