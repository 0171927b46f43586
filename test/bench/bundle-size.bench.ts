/**
 * The renderer's initial JavaScript: what index.html loads before the first screen (the entry
 * script and its modulepreloads), gzip-compressed as a web server would send it. Charts and
 * report code must stay out of it (loaded on demand). Budget: 350 KB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type BenchModule } from './bench-kit';

export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => join(outDir, ref.replace(/^\.?\//, '')));
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

export const bundleSizeBench: BenchModule = {
  id: 'bundle',
  title: 'Renderer initial JS (gzip)',
  needs: ['renderer'],
  async run(ctx) {
    if (!existsSync(join(ctx.rendererDir, 'index.html'))) throw new Error('out/renderer is missing: build first');
    const initial = initialScripts(ctx.rendererDir);
    const assets = join(ctx.rendererDir, 'assets');
    const allJs = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => join(assets, f));
    const lazy = allJs.filter((f) => !initial.includes(f));
    const initialGz = initial.reduce((sum, f) => sum + gz(f), 0);
    const lazyGz = lazy.reduce((sum, f) => sum + gz(f), 0);
    const initialRaw = initial.reduce((sum, f) => sum + statSync(f).size, 0);
    return [
      { bench: 'bundle', metric: `initial JS, gzip (${initial.length} files, ${round(initialRaw / 1024, 0)} KB raw)`, value: round(initialGz / 1024, 1), unit: 'KB', budget: 350 },
      { bench: 'bundle', metric: `loaded on demand, gzip (${lazy.length} chunks)`, value: round(lazyGz / 1024, 1), unit: 'KB' },
    ];
  },
};
