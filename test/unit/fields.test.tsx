// @vitest-environment jsdom
/**
 * The shared fields in a DOM, in French: the number rule, exact percent and cents, the one date
 * field, required and cut text, and the invalid-value registry that keeps the save badge from
 * saying "saved" and result areas from showing stale figures. Contract errors read without paths.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

let root: Root;
let host: HTMLElement;

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.api = { onEvent: () => () => {} } as never;
  const { initI18n } = await import('@renderer/lib/i18n');
  await initI18n('fr');
});
afterAll(() => {
  delete window.api;
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function render(node: ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(node));
}

const input = (testId: string) => host.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
/** Types as a person does (React sees an input event), then leaves the field (blur saves at once). */
async function typeAndLeave(testId: string, value: string) {
  const el = input(testId);
  await act(async () => {
    el.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    el.blur();
  });
}
const frame = (testId: string) => input(testId).closest('.field')!;
const errorOf = (testId: string) => frame(testId).querySelector('.field-error')?.textContent ?? null;

async function saveState() {
  return (await import('@renderer/lib/save-state')).useSaveState.getState();
}

describe('NumberField (fr)', () => {
  it('refuses "1.2" as ambiguous, registers the field as invalid, and saves "1,2" as written', async () => {
    const { NumberField } = await import('@renderer/components/fields');
    const saved: (number | null)[] = [];
    await render(<NumberField label="Taux" percent max={100} value={null} onSave={(v) => saved.push(v)} testId="n" />);
    await typeAndLeave('n', '1.2');
    expect(errorOf('n')).toBe('Ambigu\u00a0: écrivez les décimales ainsi\u00a0: 1,2, et les milliers ainsi\u00a0: 1.200');
    expect(input('n').getAttribute('aria-invalid')).toBe('true');
    expect(saved).toEqual([]);
    expect(Object.values((await saveState()).invalid)).toEqual([{ label: 'Taux', scope: '' }]);
    await typeAndLeave('n', '57');
    expect(saved).toEqual([0.57]); // exactly, not 0.5700000000000001
    expect(errorOf('n')).toBeNull();
    expect((await saveState()).invalid).toEqual({});
    await typeAndLeave('n', '1,2');
    expect(saved.at(-1)).toBe(0.012);
  });

  it('money: cents are exact and a third decimal is refused, not rounded away', async () => {
    const { NumberField } = await import('@renderer/components/fields');
    const saved: (number | null)[] = [];
    await render(<NumberField label="Montant" money value={123_456} onSave={(v) => saved.push(v)} testId="m" />);
    expect(input('m').value).toBe('1.234,56');
    await typeAndLeave('m', '12,345');
    expect(errorOf('m')).toBe('Au plus deux décimales (centimes)');
    await typeAndLeave('m', '1 200,10');
    expect(saved).toEqual([120_010]);
    await typeAndLeave('m', '1e6');
    expect(saved.at(-1)).toBe(100_000_000);
    expect(input('m').value).toBe('1.000.000'); // shown as understood, once the field is left
  });

  it('shows a stored percent without binary noise', async () => {
    const { NumberField } = await import('@renderer/components/fields');
    await render(<NumberField label="Taux" percent value={0.5700000000000001} onSave={() => {}} testId="p" />);
    expect(input('p').value).toBe('57');
  });
});

describe('DateField (fr)', () => {
  it('shows the date in French, reads a typed date day first, refuses a date that does not exist', async () => {
    const { DateField } = await import('@renderer/components/fields');
    const saved: (string | null)[] = [];
    await render(<DateField label="Date" value="2026-12-02" onSave={(v) => saved.push(v)} testId="d" />);
    expect(input('d').value).toBe('2 déc. 2026');
    expect(input('d').type).toBe('text'); // never the native picker
    await typeAndLeave('d', '31.02.2026');
    expect(errorOf('d')).toContain('Date non valable');
    expect(saved).toEqual([]);
    expect(Object.keys((await saveState()).invalid)).toHaveLength(1);
    await typeAndLeave('d', '1.3.2027');
    expect(saved).toEqual(['2027-03-01']);
    expect(input('d').value).toBe('1 mars 2027');
    expect((await saveState()).invalid).toEqual({});
  });

  it('a required date in a form reports null while unreadable; bounds are checked', async () => {
    const { DateField } = await import('@renderer/components/fields');
    const saved: (string | null)[] = [];
    await render(<DateField label="Date" value="2026-12-02" min="2026-06-01" required immediate onSave={(v) => saved.push(v)} testId="d" />);
    await typeAndLeave('d', '');
    expect(errorOf('d')).toContain('Obligatoire');
    await typeAndLeave('d', '2.1.2026');
    expect(errorOf('d')).toBe('Doit être le 1 juin 2026 ou après');
    expect(saved.every((v) => v === null)).toBe(true);
  });

  it('a month field shows and reads month and year', async () => {
    const { DateField } = await import('@renderer/components/fields');
    const saved: (string | null)[] = [];
    await render(<DateField label="Mois" mode="month" value="2027-03-01" onSave={(v) => saved.push(v)} testId="m" />);
    expect(input('m').value).toBe('mars 2027');
    await typeAndLeave('m', 'sept. 2027');
    expect(saved).toEqual(['2027-09-01']);
  });
});

describe('TextField', () => {
  it('refuses clearing a required value and says when a value is cut at its maximum', async () => {
    const { TextField } = await import('@renderer/components/fields');
    const saved: string[] = [];
    await render(<TextField label="Nom" value="Boulangerie Muller" required maxLength={10} onSave={(v) => saved.push(v)} testId="t" />);
    await typeAndLeave('t', '   ');
    expect(errorOf('t')).toContain('Obligatoire');
    expect(saved).toEqual([]);
    await typeAndLeave('t', 'Boulangerie Muller');
    expect(saved).toEqual(['Boulanger' + 'i']);
    expect(frame('t').querySelector('.field-notice')?.textContent).toBe('Coupé au maximum de 10 caractères');
  });
});

describe('save badge, result areas and contract errors', () => {
  it('the badge never says saved while a value is refused; AwaitingValid hides its figures meanwhile', async () => {
    const { NumberField } = await import('@renderer/components/fields');
    const { SaveIndicator } = await import('@renderer/components/SaveIndicator');
    const { AwaitingValid } = await import('@renderer/components/AwaitingValid');
    const { useSaveState } = await import('@renderer/lib/save-state');
    useSaveState.setState({ lastSavedAt: new Date(), pending: 0, lastError: null });
    await render(
      <>
        <SaveIndicator />
        <NumberField label="Effectif" value={8} onSave={() => {}} testId="n" />
        <AwaitingValid scope="">
          <p data-testid="figures">micro-entreprise</p>
        </AwaitingValid>
      </>,
    );
    const badge = () => host.querySelector<HTMLElement>('[data-testid="save-state"]')!;
    expect(badge().dataset.state).toBe('saved');
    await typeAndLeave('n', 'douze');
    expect(badge().dataset.state).toBe('invalid');
    expect(badge().textContent).toBe('Non enregistré\u00a0: «\u00a0Effectif\u00a0» attend une valeur valable');
    expect(host.querySelector('[data-testid="figures"]')).toBeNull();
    expect(host.querySelector('[data-testid="awaiting-valid"]')?.textContent).toContain('Effectif');
    await typeAndLeave('n', '12');
    expect(badge().dataset.state).toBe('saved');
    expect(host.querySelector('[data-testid="figures"]')).not.toBeNull();
  });

  it('a refused input reads as translated messages, never a raw path or zod text', async () => {
    const { useErrorMessage } = await import('@renderer/lib/api-errors');
    const { ApiError } = await import('@renderer/lib/api');
    const error = new ApiError({
      code: 'invalid_input',
      message: 'Invalid input for clients.update',
      details: {
        fields: [
          { path: 'patch.name', code: 'custom', message: 'name_required' },
          { path: 'patch.commune', code: 'too_big', message: 'Too big: expected string to have <=200 characters', params: { maximum: 200, origin: 'string' } },
          { path: 'patch.legalForm', code: 'custom', message: 'control_characters' },
          { path: 'patch.headcount', code: 'too_small', message: 'Too small', params: { minimum: 0, origin: 'number' } },
          { path: 'patch.contacts.0.email', code: 'invalid_format', message: 'Invalid email address', params: { format: 'email' } },
        ],
      },
    });
    function Show() {
      return <p data-testid="msg">{useErrorMessage()(error)}</p>;
    }
    await render(<Show />);
    const text = host.querySelector('[data-testid="msg"]')!.textContent!;
    expect(text).toBe(
      'un nom est obligatoire\u00a0; le nom précédent est conservé · trop long\u00a0: 200 caractères au maximum · contient des caractères de contrôle invisibles\u00a0; supprimez-les · trop petit\u00a0: au moins 0 · adresse e-mail non valable (p.\u00a0ex. anne@entreprise.lu)',
    );
    expect(text).not.toMatch(/patch|contacts\.0|Too big|expected|Invalid email/);
  });
});
