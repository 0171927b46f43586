/**
 * Feature styles are scoped at build time so one feature's CSS cannot reach another's screens.
 * (Defect this removes: roadmap.css's `.total { display: flex }` turned the funding comparison's
 * `<tr class="total">` into a flex box and its totals no longer lined up under their columns.)
 *
 * Every file renderer/src/features/<feature>/*.css is rewritten so that each selector's subject
 * (its last compound) must sit inside an element with the class `feature-<feature>`:
 *   `.compare-table tr.total td`  →  `.compare-table tr.total td:where(.feature-funding, .feature-funding *)`
 * `:where()` adds no specificity, so the cascade between global and feature styles is unchanged.
 * Each feature's root elements carry `feature-<feature>` (test/unit/css-scope.test.ts checks both).
 * @media/@supports/@container/@layer blocks are scoped inside; @keyframes/@font-face pass through.
 * Kept free of Node imports: the Vite config and the unit test both use it.
 */

/** `renderer/src/features/funding/funding.css` → `funding`; null for any other file. */
export function featureOfCssFile(id: string): string | null {
  const m = /[\\/]renderer[\\/]src[\\/]features[\\/]([a-z0-9-]+)[\\/][^\\/]+\.css(\?.*)?$/.exec(id);
  return m ? m[1] : null;
}

export const featureRootClass = (feature: string) => `feature-${feature}`;

const GROUPING_AT_RULES = /^@(media|supports|container|layer|scope)\b/i;

export function scopeFeatureCss(css: string, feature: string): string {
  const root = featureRootClass(feature);
  const where = `:where(.${root}, .${root} *)`;
  return scopeBlock(css, where);
}

/** Index just after the block that opens at `open` (a "{"), skipping strings and comments. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === '/' && css[i + 1] === '*') i = commentEnd(css, i) - 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('scope-feature-css: unbalanced braces');
}

function stringEnd(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  throw new Error('scope-feature-css: unterminated string');
}

function commentEnd(css: string, start: number): number {
  const end = css.indexOf('*/', start + 2);
  if (end === -1) throw new Error('scope-feature-css: unterminated comment');
  return end + 2;
}

/** Scopes every rule of a stylesheet or of a grouping at-rule's body. */
function scopeBlock(css: string, where: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (/\s/.test(c) || c === '}') {
      out += c;
      i++;
      continue;
    }
    if (c === '/' && css[i + 1] === '*') {
      const end = commentEnd(css, i);
      out += css.slice(i, end);
      i = end;
      continue;
    }
    // Prelude: up to "{" or ";" outside strings and parentheses.
    let j = i;
    let parens = 0;
    while (j < css.length) {
      const d = css[j];
      if (d === '"' || d === "'") j = stringEnd(css, j);
      else if (d === '(') parens++;
      else if (d === ')') parens--;
      else if (parens === 0 && (d === '{' || d === ';')) break;
      j++;
    }
    const prelude = css.slice(i, j);
    if (j >= css.length || css[j] === ';') {
      out += css.slice(i, j + 1); // @import/@charset or a stray declaration: untouched
      i = j + 1;
      continue;
    }
    const end = blockEnd(css, j);
    const body = css.slice(j + 1, end - 1);
    if (prelude.trimStart().startsWith('@')) {
      out += GROUPING_AT_RULES.test(prelude.trim()) ? `${prelude}{${scopeBlock(body, where)}}` : css.slice(i, end);
    } else {
      out += `${scopeSelectorList(prelude, where)}{${body}}`;
    }
    i = end;
  }
  return out;
}

/** Splits at top-level commas (not inside :is(), :not(), [attr="a,b"]). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"' || c === "'") i = stringEnd(list, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

export function scopeSelectorList(list: string, where: string): string {
  const trailing = /\s*$/.exec(list)![0];
  return (
    splitTopLevel(list.slice(0, list.length - trailing.length))
      .map((s) => scopeSelector(s, where))
      .join(',') + trailing
  );
}

/** Adds `where` to the selector's last compound, before any pseudo-element. */
function scopeSelector(selector: string, where: string): string {
  const lead = /^\s*/.exec(selector)![0];
  const s = selector.trim();
  if (s === '' || s.includes(where)) return selector;
  // Start of the last compound: after the last top-level space or combinator.
  let depth = 0;
  let lastStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = stringEnd(s, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (/\s/.test(c) || c === '>' || c === '+' || c === '~')) lastStart = i + 1;
  }
  const compound = s.slice(lastStart);
  const pseudoElement = compound.search(/::|:(before|after|first-line|first-letter)\b/);
  const at = lastStart + (pseudoElement === -1 ? compound.length : pseudoElement);
  return `${lead}${s.slice(0, at)}${where}${s.slice(at)}`;
}
