import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureOfCssFile, scopeFeatureCss, scopeSelectorList } from '../../renderer/build/scope-feature-css';

const FEATURES = join(__dirname, '../../renderer/src/features');
const W = ':where(.feature-funding, .feature-funding *)';

describe('feature CSS is scoped to its feature (build step)', () => {
  it('puts the scope on the subject of every selector, before pseudo-elements, with no added specificity', () => {
    expect(scopeSelectorList('.compare-table tr.total td', W)).toBe(`.compare-table tr.total td${W}`);
    expect(scopeSelectorList('.a > .b, .c ~ p', W)).toBe(`.a > .b${W}, .c ~ p${W}`);
    expect(scopeSelectorList('.a::before', W)).toBe(`.a${W}::before`);
    expect(scopeSelectorList('.a:hover:after', W)).toBe(`.a:hover${W}:after`);
    expect(scopeSelectorList(':is(.a, .b) .c:not(.d .e)', W)).toBe(`:is(.a, .b) .c:not(.d .e)${W}`);
    expect(scopeSelectorList('input[placeholder="a, b"]', W)).toBe(`input[placeholder="a, b"]${W}`);
  });

  it('scopes inside @media, leaves @keyframes and comments alone, and keeps declarations as they are', () => {
    const css = `/* a { b } */\n.x { color: red; }\n@media (max-width: 10px) { .y .z { content: "}"; } }\n@keyframes spin { from { opacity: 0 } to { opacity: 1 } }\n`;
    const out = scopeFeatureCss(css, 'funding');
    expect(out).toContain('/* a { b } */');
    expect(out).toContain(`.x${W} { color: red; }`);
    expect(out).toContain(`@media (max-width: 10px) { .y .z${W} { content: "}"; } }`);
    expect(out).toContain('@keyframes spin { from { opacity: 0 } to { opacity: 1 } }');
    expect(scopeFeatureCss(out, 'funding')).toBe(out); // idempotent
    expect(() => scopeFeatureCss('.a { color: red;', 'funding')).toThrow(/unbalanced/);
  });

  it('knows which files are feature CSS', () => {
    expect(featureOfCssFile('/w/renderer/src/features/funding/funding.css')).toBe('funding');
    expect(featureOfCssFile('/w/renderer/src/features/data-safety/data-safety.css?direct')).toBe('data-safety');
    expect(featureOfCssFile('/w/renderer/src/styles.css')).toBeNull();
  });

  const features = readdirSync(FEATURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const feature of features) {
    const dir = join(FEATURES, feature);
    const files = readdirSync(dir);
    const cssFiles = files.filter((f) => f.endsWith('.css'));
    for (const css of cssFiles) {
      it(`${feature}/${css}: every rule reaches only .feature-${feature}`, () => {
        const out = scopeFeatureCss(readFileSync(join(dir, css), 'utf8'), feature);
        const preludes = [...out.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)].map((m) => m[1].trim());
        const selectors = preludes.filter((p) => !p.startsWith('@') && !/^(from|to|\d+%)/.test(p));
        expect(selectors.length).toBeGreaterThan(0);
        for (const s of selectors) for (const one of s.split(/,(?![^(]*\))/)) expect(one, s).toContain(`.feature-${feature}, .feature-${feature} *)`);
      });
    }
    for (const tsx of files.filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(dir, tsx), 'utf8');
      if (!cssFiles.some((css) => source.includes(`import './${css}'`))) continue;
      it(`${feature}/${tsx} marks its root element with feature-${feature}`, () => {
        expect(source).toContain(`feature-${feature} `);
      });
    }
  }

  it('the defect it removes: the roadmap\'s .total card style cannot reach the funding comparison\'s total rows', () => {
    const roadmap = scopeFeatureCss(readFileSync(join(FEATURES, 'roadmap/roadmap.css'), 'utf8'), 'roadmap');
    expect(roadmap).toMatch(/\.total:where\(\.feature-roadmap, \.feature-roadmap \*\) \{[^}]*display: flex/);
    expect(readFileSync(join(FEATURES, 'funding/ComparisonPage.tsx'), 'utf8')).toContain('feature-funding ');
  });
});
