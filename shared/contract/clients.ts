import { z } from 'zod';
import { method } from './define';
import { LIMITS, cents, id, isoDate, locale, shortText, text } from './common';
import { isValidRcs, normaliseRcs } from '../domain/rcs';
import type { SizeClass } from '../domain/sme-size';
import type { Locale } from '../locale';
import { CLIENT_SORTS } from './client-sorts';

export { CLIENT_SORTS };

const contactSchema = z.strictObject({
  name: shortText,
  role: shortText,
  email: z.union([z.literal(''), z.string().max(LIMITS.email).email()]),
  phone: text(40).regex(/^[0-9+()./\s-]*$/, 'phone: digits, spaces and + ( ) . / - only'),
});

const relatedEnterpriseSchema = z.strictObject({
  name: shortText,
  headcount: z.number().min(0).max(10_000_000).nullable(),
  turnoverCents: cents.nullable(),
  balanceSheetCents: cents.nullable(),
  sharePercent: z.number().min(0).max(100).nullable(),
});

/** The fields an advisor edits; each one is saved on its own as it is typed. */
export const clientFieldsSchema = z.strictObject({
  // A client keeps a name: clearing it is refused (the renderer shows the message on the field).
  name: shortText.refine((v) => v.trim() !== '', { message: 'name_required' }),
  rcsNumber: text(20)
    .transform(normaliseRcs)
    .refine((v) => v === '' || isValidRcs(v), { message: 'rcs_invalid' }),
  legalForm: shortText,
  naceCode: z.string().max(10).regex(/^([A-U](\d{2}(\.\d{1,2})?)?)?$/, 'nace_invalid'),
  naceLabel: shortText,
  commune: shortText,
  headcount: z.number().min(0).max(10_000_000).nullable(),
  turnoverCents: cents.nullable(),
  balanceSheetCents: cents.nullable(),
  contacts: z.array(contactSchema).max(50),
  related: z.array(relatedEnterpriseSchema).max(50),
  reportLocale: locale,
  consentToBenchmark: z.boolean(),
  consentDate: isoDate.nullable(),
});

export type Contact = z.infer<typeof contactSchema>;
export type RelatedEnterpriseInput = z.infer<typeof relatedEnterpriseSchema>;
export type ClientFields = z.output<typeof clientFieldsSchema>;

export interface Client extends ClientFields {
  id: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClientSummary {
  id: string;
  name: string;
  rcsNumber: string;
  commune: string;
  naceCode: string;
  sizeClass: SizeClass | 'unknown';
  reportLocale: Locale;
  archivedAt: string | null;
  updatedAt: string;
}


export const clientsContract = {
  'clients.list': method<ClientSummary[]>()(
    z.strictObject({
      query: shortText.default(''),
      sort: z.enum(CLIENT_SORTS).default('name'),
      includeArchived: z.boolean().default(false),
    }),
  ),
  'clients.get': method<Client>()(z.strictObject({ id })),
  'clients.create': method<Client>()(
    z.strictObject({ name: shortText, reportLocale: locale }),
  ),
  /** Saves the given fields only (autosave sends one field at a time). */
  'clients.update': method<Client>()(z.strictObject({ id, patch: clientFieldsSchema.partial() })),
  'clients.setArchived': method<Client>()(z.strictObject({ id, archived: z.boolean() })),
  /**
   * GDPR erasure: removes the client and everything that belongs to it, for good. `complete`
   * is false while another program holds the database log that still has the client's pages:
   * the app finishes it at the next chance (data.erasureStatus, next start).
   */
  'clients.erase': method<{ erased: true; complete: boolean }>()(
    z.strictObject({ id, confirmName: shortText }),
  ),
};
