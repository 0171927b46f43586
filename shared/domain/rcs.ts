/**
 * Luxembourg trade and companies register (RCS) numbers, as printed by Luxembourg Business
 * Registers: a section letter (B for commercial companies, A for sole traders, F for
 * non-profit associations, …) followed by the registration number, e.g. `B123456`.
 * People type them as "B 123.456" or "b123456": we accept those and store the canonical form.
 */
const RCS = /^([A-Z])([1-9][0-9]{0,6})$/;

export function normaliseRcs(input: string): string {
  return input.toUpperCase().replace(/[\s.\-\u00a0]/g, '');
}

export function isValidRcs(input: string): boolean {
  return RCS.test(normaliseRcs(input));
}
