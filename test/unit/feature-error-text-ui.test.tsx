// @vitest-environment jsdom
/**
 * The features' own error wording reads field problems in the one shape (lib/api-errors.ts
 * problemsOf, dot paths): the roadmap's "beyond the horizon" and the funding screens' "field: why"
 * (the engine's refusal of GPU-hours × price, `costLines.1.gpuHours`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom as render } from '../support/render-dom';
import type { FieldProblem } from '@shared/errors';

beforeAll(async () => {
  enableActEnvironment();
  window.api = { onEvent: () => () => {} } as never; // the api client needs a transport to load
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('en');
});
afterAll(() => {
  delete window.api;
});

async function refused(fields: FieldProblem[]) {
  const { ApiError } = await import('@renderer/lib/api');
  return new ApiError({ code: 'invalid_input', message: 'server text', details: { fields } });
}

async function textOf(useWording: () => (error: unknown) => string, error: unknown): Promise<string> {
  function Probe() {
    return <p>{useWording()(error)}</p>;
  }
  const { host, root } = await render(<Probe />);
  const text = host.textContent ?? '';
  act(() => root.unmount());
  host.remove();
  return text;
}

describe('feature error wording', () => {
  it('roadmap: an initiative beyond the horizon names the month', async () => {
    const { useRoadmapError } = await import('@renderer/features/roadmap/roadmap-bits');
    const error = await refused([{ path: 'patch.durationMonths', code: 'custom', message: 'beyond_horizon', params: { horizon: 18 } }]);
    expect(await textOf(useRoadmapError, error)).toBe('The initiative would end after month 18, the end of the roadmap: shorten it or start it earlier.');
  });

  it('funding: the field in words and why, from a dot path', async () => {
    const { useFundingError } = await import('@renderer/features/funding/scheme-bits');
    const { default: en } = await import('@locales/en/funding.json');
    const error = await refused([{ path: 'costLines.1.gpuHours', code: 'too_large', message: 'must not exceed 1000000000000' }]);
    expect(await textOf(useFundingError, error)).toBe(`${en.input.gpuHours}: ${en.errors.field.too_large}`);
  });
});
