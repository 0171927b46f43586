/**
 * The contract refuses control characters in text (issue 12): one helper, used by every text
 * field. The walk below visits every string schema of every method's input, so a field added
 * later with a bare `z.string()` fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type MethodName } from '@shared/contract';
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, text } from '@shared/contract/common';
import { dispatch } from '@main/dispatch';
import type { Handlers } from '@shared/contract';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Every string schema reachable from `schema`, with the path that leads to it. */
function strings(schema: unknown, path: string, out: { path: string; schema: z.ZodType }[] = [], seen = new Set<unknown>()) {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      out.push({ path, schema: schema as z.ZodType });
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) strings(child, `${path}.${key}`, out, seen);
      break;
    case 'array':
      strings(def.element, `${path}[]`, out, seen);
      break;
    case 'record':
      strings(def.valueType, `${path}{}`, out, seen);
      break;
    case 'union':
      (def.options as unknown[]).forEach((o, i) => strings(o, `${path}|${i}`, out, seen));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      strings(def.innerType, path, out, seen);
      break;
    case 'pipe':
      strings(def.in, path, out, seen);
      break;
    default:
      break;
  }
  return out;
}

const CONTROL_SAMPLES = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b'];

describe('text in the contract', () => {
  const all = (Object.keys(contract) as MethodName[]).flatMap((name) => strings(contract[name].input, name));

  it('finds the text fields it is meant to check', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.map((s) => s.path)).toContain('clients.create.name');
  });

  it('every string field of every method refuses NUL and other control characters', () => {
    const letThrough: string[] = [];
    for (const { path, schema } of all) {
      for (const c of CONTROL_SAMPLES) {
        // Some fields need a shape (a uuid, a date): a control character must never be the thing that passes.
        if (schema.safeParse(`ab${c}cd`).success) letThrough.push(`${path} ${JSON.stringify(c)}`);
      }
    }
    expect(letThrough).toEqual([]);
  });

  it('single-line texts refuse line breaks and tabs; multi-line ones keep them', () => {
    expect(text(50).safeParse('one\ntwo').success).toBe(false);
    expect(text(50).safeParse('one\ttwo').success).toBe(false);
    expect(text(50, { multiline: true }).safeParse('one\r\ntwo\tthree').success).toBe(true);
    expect(text(50, { multiline: true }).safeParse('one\u0000').success).toBe(false);
    expect(hasControlCharacters('Ünnerschrëft – “ok” 😀 \u202e')).toBe(false); // letters, quotes, emoji, bidi: not control characters
    expect(hasControlCharacters('a\u0085b')).toBe(true);
  });

  it('through dispatch: the answer names the field and the rule, and no service runs', async () => {
    let ran = 0;
    const handlers = new Proxy({}, { get: () => () => ran++ }) as Handlers;
    const r = await dispatch(handlers, 'clients.create', { name: 'Nul\u0000 SA', reportLocale: 'fr' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'name', message: CONTROL_CHARACTERS_MESSAGE }] } } });
    const note = await dispatch(handlers, 'assessments.saveNote', { id: '00000000-0000-4000-8000-000000000001', itemId: 'x', note: 'line one\nline\ttwo' });
    expect(note.ok).toBe(true);
    expect(ran).toBe(1);
  });
});
