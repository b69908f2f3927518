// Shared set-up for the browser tests: Debian's Chromium through playwright-core, the production
// build served by scripts/serve.mjs exactly as shipped (CSP, headers, service worker), and stubs for
// the outside sites, because this machine has no internet.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';

export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Keep Chromium's own background traffic off the network (see STACK.md). The tests look at the
// page's requests, not the browser's, but a quiet browser keeps the logs readable.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

export function serve(): Promise<RunningServer> {
  return startServer({ dir: 'dist', port: 0 });
}

/** A page on another site with a link into the app: where a visitor comes from. */
export const OUTSIDE = 'https://outside.example/';

/** Stubs the neutral site and the outside page; returns the list of visits to the neutral site. */
export async function stubOutsideSites(context: BrowserContext, appUrl: string): Promise<string[]> {
  const neutralVisits: string[] = [];
  await context.route(`${NEUTRAL_SITE}**`, (route) => {
    neutralVisits.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Het weer</h1>' });
  });
  await context.route(`${OUTSIDE}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Buiten</title><h1>Een andere website</h1><a id="into-app" href="${appUrl}/">verder</a>`,
    }),
  );
  return neutralVisits;
}

/** Requests a page makes to any origin other than the app's. */
export function watchForeignRequests(page: Page, appUrl: string): string[] {
  const origin = new URL(appUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  return foreign;
}

/** Console errors and warnings (CSP violations are reported there) and uncaught exceptions. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Waits until the service worker is activated, i.e. the offline copy is complete. */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready; // the app registers it after load
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  });
}

/** The main heading of a page as the build wrote it, to prove a page is the real one, not a fallback. */
export function builtHeading(url: string): string {
  const file = url.endsWith('.html') ? url : `${url}index.html`;
  const html = readFileSync(join('dist', file), 'utf8');
  const match = html.match(/<h1[^>]*>(.*?)<\/h1>/s);
  if (!match?.[1]) throw new Error(`no <h1> in dist${file}`);
  return match[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
}
