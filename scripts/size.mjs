// How much JavaScript the first page (the home page) loads, gzipped: its module scripts, everything
// they import statically, and the chunks every page loads after the fact (the service worker
// registration). Used by the build test (ceiling) and by `npm run bench` (target).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

/** Chunks that every page loads after load, named by their source file. */
const ALWAYS_LOADED = ['register'];

export function firstPageScripts(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The address may carry a sub-path (/hulpwijzer/assets/…); files in dist/ never do.
  const queue = [...html.matchAll(/<script[^>]+src="[^"]*?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const assets = readdirSync(join(dist, 'assets'));
  for (const name of ALWAYS_LOADED) {
    const file = assets.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (file) queue.push(`assets/${file}`);
  }
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return [...seen].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

export function firstPageCss(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="[^"]*?(assets\/[^"]+\.css)"/g)].map((m) => ({
    file: m[1],
    gzip: gzipSync(readFileSync(join(dist, m[1])), { level: 9 }).length,
  }));
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
