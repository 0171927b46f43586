// @vitest-environment jsdom
/**
 * Every error code reaches the screen as its own text, in the UI language, wherever the text
 * lives (errors:<code> or <namespace>:errors.<code>: errorMessageKey in shared/errors.ts): the
 * components/ErrorText the screens use, for each code of ERROR_CODES in each language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { enableActEnvironment, renderInDom as render } from '../support/render-dom';
import { ERROR_CODES, type ErrorCode } from '@shared/errors';
import { LOCALES } from '@shared/locale';

const ROOT = join(__dirname, '..', '..');
const expected = (lng: string, ns: string, code: string): string => {
  const json = JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')) as Record<string, Record<string, string>>;
  return ns === 'errors' ? (json[code] as unknown as string) : json.errors[code];
};

beforeAll(async () => {
  enableActEnvironment();
  window.api = { onEvent: () => () => {} } as never; // the api client needs a transport to load
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('en');
});
afterAll(() => {
  delete window.api;
});

describe('error texts on screen', () => {
  it.each(LOCALES)('every code shows its own text in %s', async (lng) => {
    const { setLanguage } = await import('@renderer/lib/i18n');
    await act(async () => void (await setLanguage(lng)));
    const { ApiError } = await import('@renderer/lib/api');
    const { ErrorText } = await import('@renderer/components/ErrorText');
    // Texts that interpolate details ({{…}}) are left out: the details are the screen's own.
    const cases = Object.entries(ERROR_CODES)
      .flatMap(([ns, codes]) => codes.map((code) => [ns, code] as const))
      .filter(([ns, code]) => !expected(lng, ns, code).includes('{{'));
    expect(cases.length).toBeGreaterThan(40);
    const { host, root } = await render(
      <>
        {cases.map(([, code]) => (
          <div key={code} data-code={code}>
            <ErrorText error={new ApiError({ code: code as ErrorCode, message: 'server text', details: {} })} />
          </div>
        ))}
      </>,
    );
    for (const [ns, code] of cases) {
      expect(host.querySelector(`[data-code="${code}"]`)!.textContent, `${lng} ${code}`).toBe(expected(lng, ns, code));
    }
    act(() => root.unmount());
    host.remove();
  });
});
