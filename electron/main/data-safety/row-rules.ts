/**
 * What an imported row must satisfy beyond its SQL type: the contract's own rules for the same
 * fields (ids, lengths, enums, the shape of JSON columns). The schemas come from
 * shared/contract, never copies, so a rule changed there changes here too. A checksum proves
 * nothing (anyone can recompute it): without these rules a crafted file could bring in a
 * client the app can neither open, export nor erase.
 *
 * Columns without a rule of their own still get the general one: a text without control
 * characters (tab and line breaks allowed, as in notes) and JSON columns that parse.
 */
import { z } from 'zod';
import { LIMITS, hasControlCharacters, id, isoDate, isoDateTime, locale } from '@shared/contract/common';
import { clientFieldsSchema } from '@shared/contract/clients';
import { participantSchema } from '@shared/contract/assessments';
import { workloadDraftSchema } from '@shared/contract/gpu';
import { initiativePatchSchema } from '@shared/contract/roadmaps';
import { costLineFieldsSchema } from '@shared/contract/funding';
import { VOTER_CHANNELS } from '@shared/contract/votes';
import { contract, type MethodName } from '@shared/contract';
import { SIZE_CLASSES } from '@shared/domain/sme-size';

type Rule = z.ZodType;
const fields = clientFieldsSchema.shape;
/** A field of a method's input, as the contract checks it when the advisor types it. */
const inputField = (method: MethodName, key: string): Rule => (contract[method].input as unknown as z.ZodObject).shape[key] as Rule;
const initiative = initiativePatchSchema.shape;
const costLine = costLineFieldsSchema.shape;
const flag = z.union([z.literal(0), z.literal(1)]);
/** A JSON column: parsed, then held to the schema of what the service writes into it. */
const json = (schema: Rule): Rule =>
  z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  }).pipe(schema);

/** Tables whose `id` is made by the app (`ctx.newId()`, a uuid). */
const UUID_ID_TABLES = ['clients', 'assessments', 'assessment_voters', 'roadmaps', 'funding_scenarios', 'funding_cost_lines', 'gpu_budgets', 'compute_requests', 'outbox'];

/** Rules by table and column (the contract's field schemas for the column that stores them). */
const ROW_RULES: Record<string, Record<string, Rule>> = {
  clients: {
    name: fields.name,
    rcs_number: fields.rcsNumber,
    legal_form: fields.legalForm,
    nace_code: fields.naceCode,
    nace_label: fields.naceLabel,
    commune: fields.commune,
    headcount: fields.headcount,
    turnover_cents: fields.turnoverCents,
    balance_sheet_cents: fields.balanceSheetCents,
    contacts_json: json(fields.contacts),
    related_json: json(fields.related),
    report_locale: locale,
    consent_benchmark: flag,
    consent_date: isoDate.nullable(),
    size_class: z.enum([...SIZE_CLASSES, 'unknown']),
    search_text: z.string().max(LIMITS.mediumText),
    archived_at: isoDateTime.nullable(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  },
  assessments: { participants_json: json(z.array(participantSchema).max(LIMITS.listMax)) },
  assessment_notes: { body: inputField('assessments.saveNote', 'note') },
  // Participants (issue 14): the label as votes.addVoter takes it, never blank.
  assessment_voters: {
    label: inputField('votes.addVoter', 'label').pipe(z.string().trim().min(1)),
    anonymous: flag,
    channel: z.enum(VOTER_CHANNELS),
    language: locale,
    created_at: isoDateTime,
  },
  assessment_votes: { voter_id: id, item_id: inputField('votes.save', 'itemId'), checked_json: json(inputField('votes.save', 'checked')).nullable(), updated_at: isoDateTime },
  roadmap_initiatives: { title: initiative.title, owner: initiative.owner, kpi: initiative.kpi },
  funding_scenarios: { name: inputField('funding.createScenario', 'name') },
  funding_cost_lines: { type: costLine.type, label: costLine.label, amount_cents: costLine.amountCents },
  gpu_budgets: { name: inputField('gpu.budgets.create', 'name'), workloads_json: json(z.array(workloadDraftSchema).max(100)) },
};

/** Largest text of a column without a rule of its own (a note may be long; a JSON snapshot longer). */
const MAX_TEXT = LIMITS.longText;
const MAX_JSON_TEXT = 4 * 1024 * 1024;

export interface RuleProblem {
  /** The contract's message for the first broken rule ('control_characters', 'too_big', …). */
  rule: string;
}

/** Checks one value of an imported row; null when it is fine. */
export function checkValue(table: string, column: string, value: unknown): RuleProblem | null {
  const own = Object.hasOwn(ROW_RULES, table) && Object.hasOwn(ROW_RULES[table], column) ? ROW_RULES[table][column] : undefined;
  const rule = own ?? ((column === 'id' && UUID_ID_TABLES.includes(table)) || column === 'client_id' ? id : undefined);
  if (rule) {
    const r = rule.safeParse(value);
    if (!r.success) return { rule: r.error.issues[0]?.message ?? 'invalid' };
  }
  if (typeof value === 'string') {
    if (hasControlCharacters(value, { multiline: true })) return { rule: 'control_characters' };
    if (value.length > (/_json$/i.test(column) ? MAX_JSON_TEXT : MAX_TEXT) && !rule) return { rule: 'too_big' };
  }
  return null;
}
