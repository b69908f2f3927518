// Every page of the production build, as a visitor's browser sees it. Tagged `host` (vitest.config.ts):
// what depends on the address and the server, which runs at both base paths and on nginx too, there
// on one page of each kind (hostUrls).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { allUrls, notFoundPath } from '../../src/routes.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import {
  axeViolations,
  builtHeading,
  hostUrls,
  serve,
  stubOutsideSites,
  useBrowserAndServer,
  waitForOfflineCopy,
  watchConsole,
  watchForeignRequests,
} from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

const urls = allUrls();
const walked = hostUrls();
const app = useBrowserAndServer();

// One test per page, so one page's failure never hides another's; one visit in one browser context,
// as a visitor clicks through, so the offline copy and the storage checks see the whole visit. In the
// main run axe checks each page right after it loaded, on the same page (no second load); the reruns
// on other hosts (`host` only) leave axe out.
describe('every page, online with JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  let problems: string[];
  beforeAll(async () => {
    context = await app.browser.newContext();
    await stubOutsideSites(context, app.url);
    page = await context.newPage();
    foreign = watchForeignRequests(page, app.url);
    problems = watchConsole(page);
  });
  afterAll(() => context?.close());

  describe.each(walked)('%s', (url) => {
    it('makes no request to another site and logs no CSP violation or error', { tags: ['host'] }, async () => {
      foreign.length = 0;
      problems.length = 0;
      await page.goto(app.url + url, { waitUntil: 'load' });
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(builtHeading(url));
      expect(foreign, 'requests to other sites').toEqual([]);
      expect(problems, 'console errors and warnings').toEqual([]);
    });
    it('has no WCAG 2.2 AA or best-practice violation that axe-core can find', async () => {
      // The page the test before loaded; loaded here when that test failed before it got there.
      if (page.url() !== app.url + url) await page.goto(app.url + url, { waitUntil: 'load' });
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it(
    'after the visit and the offline copy: no request elsewhere, no error, no cookie, nothing stored',
    { tags: ['host'] },
    async () => {
      await waitForOfflineCopy(page);
      expect(foreign, 'requests to other sites').toEqual([]);
      expect(problems, 'console errors and warnings').toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((d) => d.name),
      }));
      expect(stored).toEqual({ local: 0, session: 0, databases: [] });
    },
  );

  it('the neutral page has no WCAG 2.2 AA or best-practice violation that axe-core can find', async () => {
    const neutral = await context.newPage();
    await neutral.goto(app.url + NEUTRAL_LOCAL);
    expect(await axeViolations(neutral)).toEqual([]);
    await neutral.close();
  });
});

describe('offline after the first visit, with the server stopped', { tags: ['host'] }, () => {
  let offlineServer: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  let page: Page;
  let at: string;
  beforeAll(async () => {
    offlineServer = await serve();
    context = await app.browser.newContext();
    page = await context.newPage();
    at = offlineServer.url + offlineServer.base.replace(/\/$/, '');
    await page.goto(`${at}/`);
    await waitForOfflineCopy(page);
    await offlineServer.close();
    await context.setOffline(true);
  });
  afterAll(() => context?.close());

  it.each(walked)('shows %s with its own content and the quick exit', async (url) => {
    const response = await page.goto(at + url);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(builtHeading(url));
    await expect.poll(() => page.locator('[data-quick-exit]').count()).toBe(1);
  });

  it('answers an unknown address with the helpful not-found page', async () => {
    await page.goto(`${at}/bestaat-niet/`);
    expect(await page.locator('h1').first().textContent()).toBe(builtHeading(notFoundPath));
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await app.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(urls)('%s shows its content, the emergency number and the quick exit as a neutral link', async (url) => {
    await page.goto(app.url + url);
    expect(await page.locator('h1').first().textContent()).toBe(builtHeading(url));
    expect(await page.locator('main').innerText()).not.toBe('');
    const exit = page.locator('[data-quick-exit]');
    await expect.poll(() => exit.getAttribute('href')).toBe(NEUTRAL_SITE);
    expect(await page.locator('.emergency a[href="tel:112"]').count()).toBe(1);
  });
});

describe('addresses and headers', { tags: ['host'] }, () => {
  it('answers an unknown address with the not-found page and status 404, in both languages', async () => {
    const page = await app.browser.newPage();
    const response = await page.goto(`${app.url}/dit/bestaat/niet`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(dictionaries()[defaultLang].notFound.title);
    expect(await page.locator(`[lang="${other}"] h2`).textContent()).toBe(dictionaries()[other].notFound.title);
    await page.close();
  });

  it('sends the security headers from dist/_headers, frame-ancestors included', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('sets the language of each page from its address', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/${other}/veilig-gebruiken/`);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
    await page.getByRole('link', { name: dictionaries()[defaultLang].language.readThisPage }).click();
    await page.waitForURL(`${app.url}/veilig-gebruiken/`);
    expect(await page.getAttribute('html', 'lang')).toBe(defaultLang);
    await page.close();
  });
});
