// Shared set-up for the browser tests: Debian's Chromium through playwright-core, the production
// build served by scripts/serve.mjs exactly as shipped (CSP, headers, service worker), and stubs for
// the outside sites, because this machine has no internet.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { startNginx } from './nginx.ts';
import { NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import { allUrls, resolveRoute } from '../../src/routes.ts';

/** Debian's Chromium, the whole browser: for what only it can show (the installed window, `--app`). */
export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell, the same version and engine
 * without the browser's window code): what Playwright itself runs headless tests in. It needs about a
 * quarter less CPU for the same pages, and the browser suite is CPU-bound (docs/DECISIONS.md, "How long
 * `npm test` may take").
 */
export const headlessShellPath = process.env.CHROME_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

// Keep Chromium's own background traffic off the network (it phones home unless told not to). The tests look at the
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

/**
 * Chromium for a test file: the headless shell, or the whole browser for what the shell does not do
 * as a visitor's browser does (full screen: in the shell, Samen kijken's full-screen test failed twice,
 * once on the view's state in full screen and once leaving for about:blank instead of the neutral site).
 */
export function launch(kind: 'shell' | 'whole' = 'shell'): Promise<Browser> {
  const path = kind === 'shell' ? headlessShellPath : executablePath;
  if (!existsSync(path))
    throw new Error(`${path} is missing: apt-get install ${kind === 'shell' ? 'chromium-headless-shell' : 'chromium'}`);
  return chromium.launch({
    executablePath: path,
    args: chromiumArgs,
    headless: true,
  });
}

/**
 * The production build, served as shipped: by scripts/serve.mjs (npm start), or with
 * HULPWIJZER_SERVER=nginx by the real nginx with the configuration a host gets (what `npm test` uses,
 * see vitest.config.ts).
 */
export function serve(): Promise<RunningServer> {
  return process.env.HULPWIJZER_SERVER === 'nginx' ? startNginx('dist') : startServer({ dir: 'dist', port: 0 });
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

/** A new context whose offline copy is complete (the first visit is over), ready to go offline. */
export async function contextWithOfflineCopy(
  browser: Browser,
  appUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${appUrl}/`);
  await waitForOfflineCopy(page);
  await page.close();
  return context;
}

/**
 * Whether this run repeats the `host` tests in another configuration (package.json: test:host and
 * test:nginx set HULPWIJZER_RERUN): another base path or server than the main run's.
 */
export const rerun = process.env.HULPWIJZER_RERUN === '1';

/**
 * One page of each kind (each page of the menu, an organisation, an indicator, a plan entry) in each
 * language, and the not-found page: every template the app renders, with its code, in every language.
 */
export function onePageOfEachKind(): string[] {
  const kinds = new Set<string>();
  return allUrls().filter((url) => {
    const { lang, page } = resolveRoute(url);
    const kind = `${lang} ${page}`;
    if (kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
}

/**
 * The pages a `host` test walks one by one. The main run: every page. A rerun: one page of each kind.
 * What differs between configurations is how an address is served, which is the same for every page of
 * a kind; the build tests hold every page's file and the offline copy's list.
 */
export function hostUrls(): string[] {
  return rerun ? onePageOfEachKind() : allUrls();
}

/** The main heading of a page as the build wrote it, to prove a page is the real one, not a fallback. */
export function builtHeading(url: string): string {
  const file = url.endsWith('.html') ? url : `${url}index.html`;
  const html = readFileSync(join('dist', file), 'utf8');
  const match = html.match(/<h1[^>]*>(.*?)<\/h1>/s);
  if (!match?.[1]) throw new Error(`no <h1> in dist${file}`);
  return match[1]
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

export interface App {
  browser: Browser;
  server: RunningServer;
  /**
   * Where the app is: the server's origin and the build's base, without the final slash
   * ("http://…/hulpwijzer"). Add an app path.
   */
  url: string;
}

/** One Chromium and one server for a test file, started before its tests and stopped after them. */
export function useBrowserAndServer(): App {
  const app = {} as App;
  beforeAll(async () => {
    app.browser = await launch();
    app.server = await serve();
    app.url = app.server.url + app.server.base.replace(/\/$/, '');
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * WCAG 2.2 AA violations, and breaches of axe-core's best practices, on the page as it is now. In axe's
 * one-page mode (axe.run in the page): the default opens a second, blank page for every analysis to
 * combine the results of cross-origin frames; the app has no frames, and its CSP allows none from another site.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface Focused {
  tag: string;
  text: string;
  name: string;
  href: string;
}

/** What has keyboard focus. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: (el?.textContent ?? '').trim(),
      name: el?.getAttribute('name') ?? '',
      href: el?.getAttribute('href') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, matches: (el: Focused) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`never reached the element by Tab (last: ${JSON.stringify(await focused(page))})`);
}
