/**
 * The pre-parse scan of a client file (issue 12): duplicate keys, forbidden keys and row counts
 * are found in the JSON text itself, whatever tricks the text plays with escapes and strings.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, scanJsonText } from '@main/data-safety/bundle';

const code = (text: string, limits = BUNDLE_LIMITS) => {
  try {
    scanJsonText(text, limits);
    return null;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('scanJsonText', () => {
  it('finds a duplicate key at any depth, also when one of the two is written with escapes', () => {
    expect(code('{"a":1,"a":2}')).toBe('bundle_duplicate_keys');
    expect(code('{"a":1,"\\u0061":2}')).toBe('bundle_duplicate_keys');
    expect(code('{"x":[{"b":1},{"b":2,"c":{"d":1,"d":1}}]}')).toBe('bundle_duplicate_keys');
    // The same key in sibling objects is fine.
    expect(code('{"x":[{"b":1},{"b":2}],"y":{"b":3}}')).toBeNull();
  });

  it('refuses forbidden keys, escaped or not, but not the same words as values', () => {
    expect(code('{"__proto__":{}}')).toBe('bundle_hostile');
    expect(code('{"a":{"__proto\\u005f_":1}}')).toBe('bundle_hostile');
    expect(code('{"a":[{"constructor":{"prototype":1}}]}')).toBe('bundle_hostile');
    expect(code('{"a":"__proto__","b":["constructor"]}')).toBeNull();
  });

  it('is not fooled by braces, quotes and escaped backslashes inside strings', () => {
    expect(code('{"a":"{\\"a\\":1}","b":"\\\\","c":"}]{[,"}')).toBeNull();
    expect(code('{"a":"\\\\","a":1}')).toBe('bundle_duplicate_keys');
  });

  it('counts rows per table only under tables.<name>.rows, and stops at the caps', () => {
    const rows = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => [i]));
    const limits = { ...BUNDLE_LIMITS, maxRowsPerTable: 3, maxRowsTotal: 5 };
    expect(code(`{"tables":{"t":{"columns":["x"],"rows":${rows(3)}}}}`, limits)).toBeNull();
    expect(code(`{"tables":{"t":{"columns":["x"],"rows":${rows(4)}}}}`, limits)).toBe('bundle_too_many_rows');
    expect(code(`{"tables":{"t":{"rows":${rows(3)}},"u":{"rows":${rows(3)}}}}`, limits)).toBe('bundle_too_many_rows');
    // Arrays elsewhere (a JSON value, the column list) are not rows.
    expect(code(`{"other":{"t":{"rows":${rows(10)}}},"tables":{"t":{"columns":${rows(10)},"rows":[]}}}`, limits)).toBeNull();
  });

  it('empty, scalar and deeply nested documents pass to JSON.parse (which decides)', () => {
    for (const text of ['', '[]', 'null', '"x"', '[[[[[[[[[[]]]]]]]]]]', '{']) expect(code(text)).toBeNull();
  });
});
