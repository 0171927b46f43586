/**
 * The renderer's api client. In Electron it wraps `window.api` (the preload); in a browser
 * (npm run dev:browser, end-to-end tests) it talks to the loopback test bridge. Both answer
 * the contract's `{ ok, value | error }`; this client unwraps it or throws an ApiError.
 * Only types are imported from the contract: the schemas stay in the main process.
 */
import type { AppMethodName, Input, Output } from '@shared/contract';
import type { AppEvent } from '@shared/contract/events';
import type { ErrorCode, ErrorInfo, Result } from '@shared/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.details = info.details ?? {};
  }
}

type RawCall = (name: AppMethodName, input: unknown) => Promise<Result<unknown>>;
interface Transport {
  call: RawCall;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
  kind: 'ipc' | 'bridge';
}

interface PreloadApi {
  onEvent: Transport['onEvent'];
  [method: string]: unknown;
}

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

function preloadTransport(api: PreloadApi): Transport {
  return {
    kind: 'ipc',
    call: (name, input) => (api[name] as (i: unknown) => Promise<Result<unknown>>)(input),
    onEvent: (listener) => api.onEvent(listener),
  };
}

/** The loopback bridge (browser preview, tests): the session cookie set at launch authenticates. */
function bridgeTransport(): Transport {
  return {
    kind: 'bridge',
    async call(name, input) {
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return { ok: false, error: { code: 'transport_failed', message: String(error), details: {} } };
      }
    },
    onEvent(listener) {
      const source = new EventSource('/events');
      source.onmessage = (message) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

function pickTransport(): Transport {
  if (window.api) return preloadTransport(window.api);
  if (document.querySelector('meta[name="laif-bridge"]')) return bridgeTransport();
  throw new Error('No connection to the main process (neither preload nor bridge)');
}

const transport = pickTransport();
export const transportKind = transport.kind;

export async function call<K extends AppMethodName>(name: K, input: Input<K>): Promise<Output<K>> {
  const result = await transport.call(name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<K>;
}

export const onEvent = transport.onEvent;
