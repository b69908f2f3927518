// How much JavaScript a page loads, gzipped, before the visitor has done anything: its module scripts
// and everything they import statically, the chunks every page loads after the fact (the service worker
// registration), and what main.ts loads because of the page: the "Alles wissen" code, and for an island
// (src/islands.ts) its mount code, its dictionary and the content parts it loads with it
// (islandContentOnLoad in src/content/island-parts.ts). What an island imports later (a result, saving)
// is not counted: it loads when the visitor gets there. The chunks come from dist/.vite/chunks.json,
// which the build writes (vite.config.ts). Used by the build test (each page within the budget) and by
// `npm run bench`; tests/browser/size.test.ts checks in a real browser that a page loads no script
// this leaves out.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Every page's budget: JavaScript loaded before the visitor does anything, gzip. */
export const PAGE_JS_BUDGET_KB = 35;

/** Chunks that every page loads after load, named by their source file. */
const ALWAYS_LOADED = ['src/pwa/register.ts'];

/** The build's chunks: file, the modules each holds (paths from the project root, virtual ids) and imports. */
export function chunkGraph(dist = 'dist') {
  return JSON.parse(readFileSync(join(dist, '.vite/chunks.json'), 'utf8'));
}

/**
 * The scripts one built page loads before the visitor does anything, each with its gzip size.
 * `html` is the page's file in dist/ ("zelfcheck/index.html"); `onLoad` maps each island to its content parts.
 */
export function pageScripts(html, onLoad, dist = 'dist', graph = chunkGraph(dist)) {
  const page = readFileSync(join(dist, html), 'utf8');
  const byFile = new Map(graph.map((c) => [c.file, c]));
  const holding = (module) => {
    const chunk = graph.find((c) => c.modules.includes(module));
    if (!chunk) throw new Error(`${html}: no chunk holds ${module}`);
    return chunk.file;
  };
  // The address may carry a sub-path (/hulpwijzer/assets/…); files in dist/ never do.
  const queue = [...page.matchAll(/<script[^>]+src="[^"]*?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  queue.push(...ALWAYS_LOADED.map(holding));
  // What main.ts loads because of what is on the page.
  if (/\sdata-wipe[\s>=]/.test(page)) queue.push(holding('src/features/safety/wipe.ts'));
  for (const [, name, lang] of page.matchAll(/<[^>]+data-island="([^"]+)"[^>]*data-lang="([^"]+)"/g)) {
    const parts = onLoad[name];
    if (!parts) throw new Error(`${html}: island "${name}" is not in islandContentOnLoad`);
    queue.push(
      holding('src/islands.ts'),
      holding(`src/features/${name}/mount.tsx`),
      holding(`src/i18n/${lang}.ts`),
      ...parts.map((part) => holding(`virtual:content-${lang}/${part}`)),
    );
  }
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`${html}: ${file} is not in the build's chunk list`);
    queue.push(...chunk.imports); // static imports only: dynamic ones load later, or are counted above
  }
  return [...seen].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

/** The sum of a page's scripts in KB, one decimal. */
export const pageKb = (scripts) => kb(scripts.reduce((sum, s) => sum + s.gzip, 0));

/** The built HTML file of a page's URL ("/zelfcheck/" → "zelfcheck/index.html"). */
export const fileOf = (url) => (url.endsWith('.html') ? url.slice(1) : `${url.slice(1)}index.html`);

/** The scripts of the first page (the home page). */
export function firstPageScripts(dist = 'dist') {
  return pageScripts('index.html', {}, dist);
}

export function firstPageCss(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="[^"]*?(assets\/[^"]+\.css)"/g)].map((m) => ({
    file: m[1],
    gzip: gzipSync(readFileSync(join(dist, m[1])), { level: 9 }).length,
  }));
}

/** Every JavaScript file the build ships, for a check that the chunk list is complete. */
export const shippedScripts = (dist = 'dist') =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
