/**
 * The row builders of the `clients` table (clients-repository.ts): a record written field by
 * field through an edit reads back unchanged (JSON columns, the consent flag and nulls
 * included), the list's summary agrees with the record, and the derived columns are stored.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempServices, type TempServices } from '../support/temp-services';
import { createClientsRepository, type ClientsRepository } from '@main/services/clients/clients-repository';
import type { ClientFields } from '@shared/contract/clients';

const C1 = '0a1b2c3d-0000-4000-8000-000000000001';
const C2 = '0a1b2c3d-0000-4000-8000-000000000002';

let s: TempServices;
let repo: ClientsRepository;
beforeEach(async () => {
  s = await tempServices();
  repo = createClientsRepository(s.db);
});
afterEach(() => s.cleanup());

const fields: ClientFields = {
  name: 'Menuiserie Kieffer S.à r.l.',
  rcsNumber: 'B123456',
  legalForm: 'S.à r.l.',
  naceCode: 'C16.23',
  naceLabel: 'Menuiserie',
  commune: 'Ettelbruck',
  headcount: 12,
  turnoverCents: 150_000_000,
  balanceSheetCents: null,
  contacts: [{ name: 'Anne Kieffer', role: 'Gérante', email: 'anne@kieffer.lu', phone: '+352 81 12 34' }],
  related: [{ name: 'Holding K', headcount: 2, turnoverCents: null, balanceSheetCents: 10_000_000, sharePercent: 30 }],
  reportLocale: 'lb',
  consentToBenchmark: true,
  consentDate: '2026-03-02',
};

it('a new record reads back with the table defaults; every edited field reads back as written', () => {
  repo.insert(C1, { name: 'Kieffer', reportLocale: 'de' }, '2026-03-02T09:00:00.000Z');
  expect(repo.get(C1)).toEqual({
    id: C1,
    name: 'Kieffer',
    rcsNumber: '',
    legalForm: '',
    naceCode: '',
    naceLabel: '',
    commune: '',
    headcount: null,
    turnoverCents: null,
    balanceSheetCents: null,
    contacts: [],
    related: [],
    reportLocale: 'de',
    consentToBenchmark: false,
    consentDate: null,
    archivedAt: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  });
  repo.update(C1, fields, '2026-03-02T10:00:00.000Z');
  expect(repo.get(C1)).toEqual({ ...fields, id: C1, archivedAt: null, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' });
  // A patch writes only its own fields; false and null are values, not "unchanged".
  repo.update(C1, { consentToBenchmark: false, headcount: null }, '2026-03-02T11:00:00.000Z');
  expect(repo.get(C1)).toMatchObject({ ...fields, consentToBenchmark: false, headcount: null, updatedAt: '2026-03-02T11:00:00.000Z' });
  expect(repo.get('nope')).toBeUndefined();
});

it('the summary agrees with the record; the derived columns are what the list searches and sorts by', () => {
  repo.insert(C1, { name: 'Kieffer', reportLocale: 'de' }, '2026-03-02T09:00:00.000Z');
  repo.update(C1, fields, '2026-03-02T10:00:00.000Z');
  repo.setDerived(C1, 'menuiserie kieffer | menuiseriekieffer', 'small');
  repo.insert(C2, { name: 'Garage Thill', reportLocale: 'fr' }, '2026-03-02T09:00:00.000Z');
  repo.setDerived(C2, 'garage thill | garagethill', 'unknown');
  const [summary] = repo.list('name', ['%kieffer%', '%kieffer%'], false);
  const record = repo.get(C1)!;
  expect(summary).toEqual({
    id: record.id,
    name: record.name,
    rcsNumber: record.rcsNumber,
    commune: record.commune,
    naceCode: record.naceCode,
    sizeClass: 'small',
    reportLocale: record.reportLocale,
    archivedAt: null,
    updatedAt: record.updatedAt,
  });
  expect(repo.list('size', ['%%', '%%'], false).map((c) => c.id)).toEqual([C1, C2]);
  repo.setArchived(C1, '2026-03-03T09:00:00.000Z', '2026-03-03T09:00:00.000Z');
  expect(repo.list('name', ['%%', '%%'], false).map((c) => c.id)).toEqual([C2]);
  expect(repo.list('name', ['%%', '%%'], true).find((c) => c.id === C1)?.archivedAt).toBe('2026-03-03T09:00:00.000Z');
  repo.delete(C1);
  expect(repo.get(C1)).toBeUndefined();
});
