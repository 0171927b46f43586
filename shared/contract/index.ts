/**
 * THE contract between the UI and the main process. Each feature adds its methods in its own
 * file and spreads them into `appContract`; the preload, the IPC handlers, the test bridge and the
 * renderer's api client are all derived from it, so a method added there is available everywhere.
 * Methods for the tests only live in test-only.ts, outside what the renderer can reach.
 */
import type { InputOf, OutputOf, ParsedInputOf } from './define';
import { clientsContract } from './clients';
import { settingsContract } from './settings';
import { assessmentsContract } from './assessments';
import { roadmapsContract } from './roadmaps';
import { fundingContract } from './funding';
import { gpuContract } from './gpu';
import { syncContract } from './sync';
import { dataSafetyContract } from './data-safety';
import { votesContract } from './votes';
import { testOnlyContract } from './test-only';

/** What the renderer may call: the preload, the IPC handlers and the loopback bridge expose these. */
export const appContract = {
  ...settingsContract,
  ...clientsContract,
  ...assessmentsContract,
  ...roadmapsContract,
  ...fundingContract,
  ...gpuContract,
  ...syncContract,
  ...dataSafetyContract,
  ...votesContract,
};

/** Everything the main process implements and `dispatch` validates: the app's methods and the tests' own. */
export const contract = { ...appContract, ...testOnlyContract };

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
/** A method the renderer may call (not a test-only one). */
export type AppMethodName = keyof typeof appContract & string;
/** The exposed method names: one preload function, one IPC channel, one bridge route each. */
export const METHOD_NAMES = Object.keys(appContract) as AppMethodName[];

export type Input<K extends MethodName> = InputOf<Contract[K]>;
export type ParsedInput<K extends MethodName> = ParsedInputOf<Contract[K]>;
export type Output<K extends MethodName> = OutputOf<Contract[K]>;

/** What the main process implements: one handler per method, given validated input. */
export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

/** Any method the main process implements (dispatch's check). */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** A method a transport may expose (the bridge's check; IPC registers only these). */
export function isAppMethodName(name: unknown): name is AppMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(appContract, name);
}

export { channelOf, EVENT_CHANNEL } from './channels';
