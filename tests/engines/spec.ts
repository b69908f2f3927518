// The cross-engine set: the app's core promises, written once and run in each engine through its
// adapter (drivers.ts). Chromium has the full suite in tests/browser/; this set runs in Firefox ESR
// and WebKitGTK (the engine of every browser on iOS), on the production build served by
// scripts/serve.mjs with its CSP and service worker.
//
// The outside sites are stubbed by a local proxy (outside.ts): the quick exit really navigates to
// https://www.buienradar.nl/, which the proxy answers with a stub page, so the test asserts the address
// the exit goes to and that the neutral site was loaded exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/routes.ts';
import { NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import { SAVED_DB_NAME } from '../../src/storage/exists.ts';
import { builtHeading, onePageOfEachKind } from '../browser/harness.ts';
import type { Engine, EngineOptions, ExitKey, Tab } from './drivers.ts';
import { OUTSIDE, startOutside, type Outside } from './outside.ts';
import { serveWithReports, type Served } from './served.ts';

type Launch = (options: EngineOptions) => Promise<Engine>;

/**
 * One page of each kind in each language: every template and every piece of the app's code, as each
 * engine runs it. Chromium walks every page (tests/browser/pages.test.ts); what differs between engines
 * is how they run the same code, not the text of one organisation or indicator against another.
 */
const urls = onePageOfEachKind();
const methods = ['click', 'Shift ×3', 'Esc ×2'] as const;
type Method = (typeof methods)[number];

/** Polls `read` until it gives `expected` or the time is up (generous: CI shares two cores); returns the last value read. */
async function settlesOn<T>(read: () => Promise<T>, expected: T, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The tab's address once it is `expected`, or the last one seen when it never got there. */
const urlOnceAt = (tab: Tab, expected: string, ms?: number) => settlesOn(() => tab.url(), expected, ms);
/** The page's main heading once it is the one the build wrote for `path`. */
const headingOnceOf = (tab: Tab, path: string) => settlesOn(() => heading(tab), builtHeading(path));

const presses = (tab: Tab) => tab.evaluate(() => document.querySelector<HTMLElement>('.quick-exit')?.dataset.presses);
/**
 * Whether nothing the page loads is still loading: the code main.ts loads after it (data-scripts), every
 * interactive part with its code rendered (src/islands.ts), and no step waiting for what it loads later
 * (src/ui/later.tsx: a plan page with a phase chosen loads its steps at once). 'failed' when a step's
 * load failed.
 */
const pageSettled = (tab: Tab) =>
  tab.evaluate(() => {
    if (document.querySelector('[data-later-error]')) return 'failed';
    const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
    const ready =
      document.documentElement.dataset.scripts === 'settled' &&
      islands.every((el) => el.dataset.islandState === 'ready') &&
      !document.querySelector('[data-later-waiting]');
    return ready ? 'settled' : 'loading';
  });
const heading = (tab: Tab) => tab.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');

/** Waits until the service worker is activated, i.e. the offline copy is complete. */
function waitForOfflineCopy(tab: Tab): Promise<boolean> {
  return tab.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
    return true;
  });
}

async function exitBy(tab: Tab, method: Method) {
  const keys: Record<Exclude<Method, 'click'>, [ExitKey, number]> = {
    'Shift ×3': ['Shift', 3],
    'Esc ×2': ['Escape', 2],
  };
  if (method === 'click') return tab.click('[data-quick-exit]');
  const [key, times] = keys[method];
  for (let i = 0; i < times; i++) await tab.press(key);
}

/**
 * @param engineName as the test names show it
 * @param consoleCheck what the page test checks besides CSP reports, in its name: an engine whose
 *   driver cannot read the console says so here.
 */
export function crossEngineSpec(launch: Launch, engineName: string, consoleCheck: string) {
  let engine: Engine;
  let outside: Outside;
  let server: Served;
  let app: string; // the app's address without the final slash
  let base: string;

  beforeAll(async () => {
    outside = await startOutside();
    server = await serveWithReports(`${outside.origin}/csp-report`);
    app = server.app;
    base = server.base;
    outside.setAppUrl(app);
    engine = await launch({ proxyPort: outside.port });
    console.info(`${engineName}: ${engine.version}`);
  });
  afterAll(async () => {
    await engine?.close();
    await server?.close();
    await outside?.close();
  });

  /** Runs `test` in a new tab of a fresh profile, closed whatever happens (WebKitWebDriver allows one session). */
  async function withTab(test: (tab: Tab) => Promise<void>) {
    const tab = await engine.newTab();
    try {
      await test(tab);
    } finally {
      await tab.close();
    }
  }

  /**
   * Into the app from another site, then two pages deeper by the app's own links. Returns
   * history.length on the outside page and on arrival in the app (a new WebKit session starts with an
   * about:blank entry of its own, so the numbers are compared, not fixed).
   */
  async function walkIntoApp(tab: Tab): Promise<{ outside: number; arrival: number }> {
    await tab.goto(OUTSIDE);
    expect(await tab.title()).toBe('Buiten');
    const outsideEntries = await tab.evaluate(() => history.length);
    await tab.click('#into-app');
    expect(await urlOnceAt(tab, `${app}/`)).toBe(`${app}/`);
    expect(await headingOnceOf(tab, paths.home)).toBe(builtHeading(paths.home));
    const arrival = await tab.evaluate(() => history.length);
    for (const path of [paths.safety, paths.organisations]) {
      await tab.click(`a[href="${base}${path.slice(1)}"]`);
      expect(await urlOnceAt(tab, app + path)).toBe(app + path);
      expect(await headingOnceOf(tab, path)).toBe(builtHeading(path));
    }
    return { outside: outsideEntries, arrival };
  }

  describe(`${engineName}: a page of each kind loads under its CSP`, () => {
    let tab: Tab;
    beforeAll(async () => {
      tab = await engine.newTab();
    });
    afterAll(() => tab?.close());

    /**
     * Requests to other sites: the page's own where the driver sees them, else all the proxy saw. The
     * CSP reports the test added are checked on their own.
     */
    const foreign = () =>
      tab.requests?.filter(
        (url) => ![`${server.url}/`, `${outside.origin}/`, 'data:'].some((ok) => url.startsWith(ok)),
      ) ?? outside.foreign;

    it.each(urls)(`%s shows its own content, reaches no other site and ${consoleCheck}`, async (url) => {
      tab.consoleProblems?.splice(0);
      await tab.goto(app + url);
      expect(await headingOnceOf(tab, url)).toBe(builtHeading(url));
      expect(await tab.evaluate(() => document.querySelectorAll('[data-quick-exit]').length)).toBe(1);
      // The app's script runs on this page: one Shift press is counted (the exit needs three).
      await tab.press('Shift');
      expect(await settlesOn(() => presses(tab), '1')).toBe('1');
      // Its later code and interactive part, if any, have loaded and rendered, with the steps it loads
      // later; nothing is still loading when the next page opens (Firefox reports a load cut off by
      // leaving as an error).
      expect(await settlesOn(() => pageSettled(tab), 'settled'), 'all loaded, every island ready').toBe('settled');
      expect(foreign(), 'requests to other sites').toEqual([]);
      if (tab.consoleProblems) expect(tab.consoleProblems, 'console errors and warnings').toEqual([]);
      expect(outside.cspReports, 'CSP violation reports so far').toEqual([]);
    });

    it('after those pages and the offline copy, no CSP violation was reported and no other site reached', async () => {
      await waitForOfflineCopy(tab);
      // Reports are sent in the background: give the last page's a moment to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(outside.cspReports).toEqual([]);
      expect(foreign()).toEqual([]);
    });
  });

  describe(`${engineName}: the app keeps one history entry`, () => {
    // Back itself is checked after the exit (below). Here it is not pressed: WebKitWebDriver stops
    // answering after a Back from an app page (the MiniBrowser loads the outside page again, but every
    // later command hangs), a driver fault that would hide what this test is about.
    it('entering adds one entry; walking two pages deeper by the app’s links adds none', () =>
      withTab(async (tab) => {
        const entries = await walkIntoApp(tab);
        expect(entries.arrival).toBe(entries.outside + 1);
        expect(await tab.evaluate(() => history.length)).toBe(entries.arrival);
      }));
  });

  describe.each(methods)(`${engineName}: quick exit by %s`, (method) => {
    it('leaves for the neutral site; then neither Back nor Forward reaches the app', () =>
      withTab(async (tab) => {
        const visitsBefore = outside.neutralVisits.length;
        await walkIntoApp(tab);
        await exitBy(tab, method);
        expect(await urlOnceAt(tab, NEUTRAL_SITE)).toBe(NEUTRAL_SITE);
        expect(await settlesOn(() => tab.title(), 'Weer')).toBe('Weer');
        expect(outside.neutralVisits.slice(visitsBefore)).toEqual([NEUTRAL_SITE]);

        await tab.back();
        expect(await urlOnceAt(tab, OUTSIDE)).toBe(OUTSIDE);
        await tab.forward();
        expect(await urlOnceAt(tab, NEUTRAL_SITE)).toBe(NEUTRAL_SITE);
      }));
  });

  describe(`${engineName}: offline after the first visit, with the server stopped`, () => {
    let offline: Served;
    let tab: Tab;
    let at: string;
    beforeAll(async () => {
      offline = await serveWithReports(`${outside.origin}/csp-report`);
      at = offline.app;
      tab = await engine.newTab();
      await tab.goto(`${at}/`);
      await waitForOfflineCopy(tab);
      await offline.close();
    });
    afterAll(() => tab?.close());

    it.each(urls)('shows %s with its own content and the quick exit', async (url) => {
      await tab.goto(at + url);
      expect(await headingOnceOf(tab, url)).toBe(builtHeading(url));
      expect(await tab.evaluate(() => document.querySelectorAll('[data-quick-exit]').length)).toBe(1);
    });
  });

  describe(`${engineName}: Alles wissen`, () => {
    /** What the app left in this profile, read from the neutral page, which runs no script of the app. */
    const leftovers = (tab: Tab) =>
      tab.evaluate(async () => ({
        caches: (await caches.keys()).length,
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
        databases: (await indexedDB.databases()).map((d) => d.name),
        local: localStorage.length,
        session: sessionStorage.length,
      }));

    it('empties the caches, storage and service worker registrations, then leaves for the neutral site', () =>
      withTab(async (tab) => {
        await tab.goto(app + paths.safety);
        await waitForOfflineCopy(tab);
        // A database as saved answers leave one (the self-check's opt-in store).
        await tab.evaluate(
          (name: string) =>
            new Promise<boolean>((resolve) => {
              indexedDB.open(name).onsuccess = () => resolve(true);
            }),
          SAVED_DB_NAME,
        );
        // At the root the app owns the origin and clears web storage too (it never writes any itself).
        const ownsOrigin = base === '/';
        if (ownsOrigin) await tab.evaluate(() => [localStorage.setItem('x', '1'), sessionStorage.setItem('x', '1')]);
        await tab.goto(`${app}/recept.html`);
        const before = await leftovers(tab);
        expect(before.local + before.session).toBe(ownsOrigin ? 2 : 0);
        expect(before.caches).toBeGreaterThan(0);
        expect(before.registrations).toBe(1);
        expect(before.databases).toContain(SAVED_DB_NAME);

        const visitsBefore = outside.neutralVisits.length;
        await tab.goto(app + paths.safety);
        const hidden = () => tab.evaluate(() => document.querySelector('[data-wipe]')?.hasAttribute('hidden'));
        expect(await settlesOn(hidden, false)).toBe(false); // the script shows the button
        await tab.click('[data-wipe]');
        expect(await urlOnceAt(tab, NEUTRAL_SITE)).toBe(NEUTRAL_SITE);
        expect(outside.neutralVisits.slice(visitsBefore)).toEqual([NEUTRAL_SITE]);

        await tab.goto(`${app}/recept.html`);
        expect(await leftovers(tab)).toEqual({ caches: 0, registrations: 0, databases: [], local: 0, session: 0 });
      }));
  });
}
