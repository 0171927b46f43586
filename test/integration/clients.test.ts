import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';

let s: TempServices;
beforeEach(async () => {
  s = await tempServices();
});
afterEach(() => s.cleanup());

describe('contract validation in the main process', () => {
  it('refuses wrong types, unknown fields and oversized strings with field paths', async () => {
    const wrongType = await s.call('clients.create', { name: 42, reportLocale: 'fr' } as never);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((wrongType as unknown as { error: { details: { fields: { path: string }[] } } }).error.details.fields[0].path).toBe('name');

    const unknownField = await s.call('clients.create', { name: 'A', reportLocale: 'fr', isAdmin: true } as never);
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ code: 'unrecognized_keys' }] } } });

    const huge = await s.call('clients.create', { name: 'x'.repeat(201), reportLocale: 'fr' });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'name', code: 'too_big' }] } } });

    const badLocale = await s.call('clients.create', { name: 'A', reportLocale: 'xx' } as never);
    expect(badLocale.ok).toBe(false);
    expect(await s.call('no.such.method' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await s.call('constructor' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses hostile numbers and an invalid RCS number, keeping what was saved', async () => {
    const c = await s.ok('clients.create', { name: 'Muller Sàrl', reportLocale: 'fr' });
    await s.ok('clients.update', { id: c.id, patch: { turnoverCents: 410_000_000, rcsNumber: 'b 123 456' } });
    for (const bad of [-1, Number.NaN, 1e18, 1.5, '1000']) {
      const r = await s.call('clients.update', { id: c.id, patch: { turnoverCents: bad as number } });
      expect(r.ok).toBe(false);
    }
    expect((await s.call('clients.update', { id: c.id, patch: { rcsNumber: '123456' } })).ok).toBe(false);
    const after = await s.ok('clients.get', { id: c.id });
    expect(after.turnoverCents).toBe(410_000_000);
    expect(after.rcsNumber).toBe('B123456');
  });

  it('refuses clearing a client\'s name (name_required) and tells the bound of a too-long one', async () => {
    const c = await s.ok('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
    for (const blank of ['', '   ', '\u00a0']) {
      const r = await s.call('clients.update', { id: c.id, patch: { name: blank } });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'patch.name', message: 'name_required' }] } } });
    }
    expect((await s.ok('clients.get', { id: c.id })).name).toBe('Boulangerie Muller');
    const long = await s.call('clients.update', { id: c.id, patch: { name: 'x'.repeat(201) } });
    expect(long).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'patch.name', code: 'too_big', params: { maximum: 200, origin: 'string' } }] } } });
  });
});

describe('clients service', () => {
  it('stores a hostile name byte for byte and finds it by accent-insensitive search', async () => {
    const name = `<img src=x onerror=alert(1)> & Co "Sàrl" 🚀`;
    const c = await s.ok('clients.create', { name, reportLocale: 'lb' });
    expect((await s.ok('clients.get', { id: c.id })).name).toBe(name);
    expect((await s.ok('clients.list', { query: 'sarl' })).map((x) => x.id)).toEqual([c.id]);
    const dotted = await s.ok('clients.create', { name: 'Muller Fils S.à r.l.', reportLocale: 'fr' });
    expect((await s.ok('clients.list', { query: 'sarl' })).map((x) => x.id).sort()).toEqual([c.id, dotted.id].sort());
    expect((await s.ok('clients.list', { query: 'muller fils s.a' })).map((x) => x.id)).toEqual([dotted.id]);
    expect(await s.ok('clients.list', { query: '%' })).toEqual([]); // LIKE wildcards are literal
    expect(await s.ok('clients.list', { query: '_' })).toEqual([]);
  });

  it('sorts, archives and keeps the size class in the list', async () => {
    const a = await s.ok('clients.create', { name: 'Zeta', reportLocale: 'fr' });
    const b = await s.ok('clients.create', { name: 'alpha', reportLocale: 'fr' });
    await s.ok('clients.update', { id: a.id, patch: { headcount: 5, turnoverCents: 100_000_00 } });
    expect((await s.ok('clients.list', {})).map((x) => x.name)).toEqual(['alpha', 'Zeta']);
    expect((await s.ok('clients.list', { sort: 'size' })).map((x) => [x.name, x.sizeClass])).toEqual([
      ['Zeta', 'micro'],
      ['alpha', 'unknown'],
    ]);
    await s.ok('clients.setArchived', { id: b.id, archived: true });
    expect((await s.ok('clients.list', {})).map((x) => x.name)).toEqual(['Zeta']);
    expect((await s.ok('clients.list', { includeArchived: true })).length).toBe(2);
  });

  it('erases only with the exact company name', async () => {
    const c = await s.ok('clients.create', { name: 'Boulangerie Muller', reportLocale: 'fr' });
    expect(await s.call('clients.erase', { id: c.id, confirmName: 'Boulangerie' })).toMatchObject({ ok: false, error: { code: 'confirmation_mismatch' } });
    expect((await s.ok('clients.list', {})).length).toBe(1);
    await s.ok('clients.erase', { id: c.id, confirmName: 'Boulangerie Muller' });
    expect(await s.call('clients.get', { id: c.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('remembers the language and settings', async () => {
    expect((await s.ok('settings.get', {})).locale).toBeNull();
    await s.ok('settings.update', { locale: 'lb', advisorName: 'J. Muller' });
    expect(await s.ok('settings.get', {})).toEqual({ locale: 'lb', advisorName: 'J. Muller' });
  });
});
