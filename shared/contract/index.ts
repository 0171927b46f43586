/**
 * THE contract between the UI and the main process. Each feature adds its methods in its own
 * file and spreads them here; the preload, the IPC handlers, the test bridge and the renderer's
 * api client are all derived from this object, so a method added here is available everywhere.
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

export const contract = {
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

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type Input<K extends MethodName> = InputOf<Contract[K]>;
export type ParsedInput<K extends MethodName> = ParsedInputOf<Contract[K]>;
export type Output<K extends MethodName> = OutputOf<Contract[K]>;

/** What the main process implements: one handler per method, given validated input. */
export type Handlers = { [K in MethodName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export { channelOf, EVENT_CHANNEL } from './channels';
