// `npm run bench`: the speed and size benchmarks, each printed beside its target. Not a test: only the
// size ceiling in tests/build/size.test.ts (every page within the budget) fails CI. Builds first if there is no build yet.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { runnerImport } from 'vite';
import { fileOf, firstPageCss, firstPageScripts, kb, PAGE_JS_BUDGET_KB, pageKb, pageScripts } from './size.mjs';
import { startServer } from './serve.mjs';
import { exitTimings } from './exit-timing.mjs';

const TARGETS = { js: PAGE_JS_BUDGET_KB, performance: 98, accessibility: 100, 'best-practices': 100 };
// The issue's three pages, plus the interactive ones (their scripts load after the page).
const PAGES = [
  '/',
  '/kenmerken/',
  '/organisaties/veilig-thuis/',
  '/hulpwijzer/',
  '/zelfcheck/',
  '/professionals/samen-kijken/',
  '/mijn-plan/',
];

// `npm run bench -- exit`: the sizes and the quick exit's timing only, without Lighthouse (the whole
// bench takes over half an hour on the 2-core machine, the exit timing alone about 20 minutes).
const exitOnly = process.argv[2] === 'exit';

if (!existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' });

const scripts = firstPageScripts();
const js = kb(scripts.reduce((s, f) => s + f.gzip, 0));
const css = kb(firstPageCss().reduce((s, f) => s + f.gzip, 0));
const rows = [
  ['first-page JavaScript (gzip)', `${js} KB`, `≤ ${TARGETS.js} KB`, js <= TARGETS.js],
  ['first-page CSS (gzip)', `${css} KB`, '(no target)', true],
];

// Every interactive page (one with an island), from src/routes.ts: its JavaScript before the visitor
// does anything, counted as the build's size test counts it (scripts/size.mjs).
const load = async (file) =>
  (await runnerImport(new URL(file, import.meta.url).pathname, { configFile: false })).module;
const { allUrls } = await load('../src/routes.ts');
const { islandContentOnLoad } = await load('../src/content/island-parts.ts');
for (const url of allUrls()) {
  if (!readFileSync(`dist/${fileOf(url)}`, 'utf8').includes('data-island=')) continue;
  const size = pageKb(pageScripts(fileOf(url), islandContentOnLoad));
  rows.push([`JavaScript (gzip), ${url}`, `${size} KB`, `≤ ${TARGETS.js} KB`, size <= TARGETS.js]);
}

const server = await startServer({ port: 0 });
if (!exitOnly) {
  const chromeLauncher = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Default config: mobile form factor, simulated slow 4G and a 4× slower CPU.
  const audit = (path) =>
    lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
  try {
    // The first run in a fresh Chromium sometimes returns no metrics at all (seen here): warm up first.
    await audit('/');
    for (const path of PAGES) {
      let result = await audit(path);
      if (result.lhr.runtimeError || !result.lhr.audits['largest-contentful-paint'].displayValue)
        result = await audit(path);
      const { categories, audits } = result.lhr;
      for (const id of ['performance', 'accessibility', 'best-practices']) {
        const score = Math.round(categories[id].score * 100);
        rows.push([`Lighthouse mobile ${id}, ${path}`, String(score), `≥ ${TARGETS[id]}`, score >= TARGETS[id]]);
      }
      rows.push([
        `  LCP / TBT / CLS, ${path}`,
        `${audits['largest-contentful-paint'].displayValue} / ${audits['total-blocking-time'].displayValue} / ${audits['cumulative-layout-shift'].displayValue}`,
        '',
        true,
      ]);
    }
  } finally {
    await chrome.kill();
  }
}
try {
  rows.push(
    ...(await exitTimings(server.url, neutralSiteFromBuild(), {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    })),
  );
} finally {
  await server.close();
}

/** The quick exit's outside target, as the build wrote it into the home page. */
function neutralSiteFromBuild() {
  return readFileSync('dist/index.html', 'utf8').match(/href="(https:[^"]+)"[^>]*data-quick-exit/)[1];
}

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(`\n${'benchmark'.padEnd(width)}  ${'measured'.padEnd(valueWidth)}  target`);
for (const [name, value, target, ok] of rows) {
  console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}${ok ? '' : '   ← misses target'}`);
}
console.log(`\nfirst-page scripts: ${scripts.map((s) => `${s.file} ${kb(s.gzip)} KB`).join(', ')}`);
