// Fault injection on the production build (issue 12): storage APIs that throw or hang, a store whose
// code cannot load, a full disk, hostile stored data, a second tab during "Alles wissen", addresses
// without their final slash, an evicted offline copy, and the landmark and best-practice checks.
// Every "Bezig…" must end in a result or a message; nothing may crash or stay behind.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { selfCheck } from 'virtual:content/selfCheck';
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import { clearSiteDataHeaders, clearSiteDataPath } from '../../src/policy.ts';
import { SAVED_DB_NAME } from '../../src/storage/exists.ts';
import { WIPE_LIMIT_MS } from '../../src/features/safety/wipe.ts';
import {
  builtHeading,
  contextWithOfflineCopy,
  stubOutsideSites,
  useBrowserAndServer,
  waitForOfflineCopy,
  watchConsole,
} from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;
const nl = dictionaries()[defaultLang];
const en = dictionaries()[other];

const app = useBrowserAndServer();
const s = nl.selfCheck;

/** Through the self-check about oneself: "Ja" on the first question, the rest skipped, to the result. */
async function toResult(page: Page, firstAnswer = s.answer.yes): Promise<void> {
  await page.goto(`${app.url}/zelfcheck/`);
  await page.waitForSelector('form.check');
  await page.locator('input[name="route"][value="self"]').check();
  await page.getByRole('button', { name: s.start, exact: true }).click();
  await page.getByRole('radio', { name: firstAnswer, exact: true }).check();
  await page.getByRole('button', { name: s.next, exact: true }).click();
  while ((await page.getByRole('button', { name: s.finish }).count()) === 0) {
    await page.getByRole('button', { name: s.skip }).click();
  }
  await page.getByRole('button', { name: s.finish }).click();
  await page.getByRole('heading', { name: selfCheck.result.heading[defaultLang] }).waitFor();
}

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

/** Writes a record into the saved-answers database by hand, as another version or an attacker might. */
function writeRecord(page: Page, envelope: unknown) {
  return page.evaluate(
    ({ name, envelope }) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open(name, 10);
        open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ id: 'zelfcheck', envelope });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    { name: SAVED_DB_NAME, envelope },
  );
}

describe('1. reading indexedDB throws (locked-down or private modes)', () => {
  it('the self-check result still shows, with the answers, and saving says it is unavailable', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('x', 'SecurityError');
        },
      }),
    );
    const page = await context.newPage();
    const problems = watchConsole(page);
    await toResult(page);
    expect(await page.locator('.check--result ul.signals li').count()).toBeGreaterThan(0);
    await page.getByText(s.save.unavailable).waitFor();
    expect(await page.locator('[data-island-error]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('3. "Alles wissen" when a storage API throws, is missing or never answers', () => {
  const faults: Array<[string, () => void]> = [
    [
      'navigator.serviceWorker throws',
      () =>
        Object.defineProperty(Navigator.prototype, 'serviceWorker', {
          get() {
            throw new DOMException('x', 'SecurityError');
          },
        }),
    ],
    [
      'caches throws',
      () =>
        Object.defineProperty(window, 'caches', {
          get() {
            throw new DOMException('x', 'SecurityError');
          },
        }),
    ],
    [
      'indexedDB throws',
      () =>
        Object.defineProperty(window, 'indexedDB', {
          get() {
            throw new DOMException('x', 'SecurityError');
          },
        }),
    ],
    ['indexedDB is null', () => Object.defineProperty(window, 'indexedDB', { value: null })],
    [
      'getRegistrations never answers',
      () => {
        ServiceWorkerContainer.prototype.getRegistrations = () => new Promise(() => undefined);
      },
    ],
    [
      'caches.keys never answers',
      () => {
        CacheStorage.prototype.keys = () => new Promise(() => undefined);
      },
    ],
  ];
  it.each(faults)('%s: it still leaves, within the time limit', async (_what, fault) => {
    const context = await app.browser.newContext();
    await stubOutsideSites(context, app.url);
    await context.addInitScript(fault);
    const page = await context.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    const started = Date.now();
    await page.getByRole('button', { name: nl.safety.wipe }).click();
    await page.waitForURL(NEUTRAL_SITE, { timeout: WIPE_LIMIT_MS + 5000 });
    expect(Date.now() - started).toBeLessThan(WIPE_LIMIT_MS + 5000);
    await context.close();
  });
});

describe("4. the store's code cannot load (no service worker, then offline)", () => {
  it('saving ends in a message instead of "Bezig met versleutelen…"', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await toResult(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: s.save.choose }).click();
    await page.getByLabel(s.save.passphrase, { exact: true }).fill('Lang Geheim 1');
    await page.getByLabel(s.save.repeat).fill('Lang Geheim 1');
    await page.getByRole('button', { name: s.save.submit }).click();
    await page.getByText(s.save.failed).waitFor({ timeout: 10_000 });
    expect(await databases(page)).toEqual([]);
    await context.close();
  });

  it('opening ends in a message, and deleting still removes the database', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await writeRecord(page, { v: 1 });
    await page.reload();
    await page.getByRole('heading', { name: s.open.title }).waitFor();
    await context.setOffline(true);
    await page.getByLabel(s.save.passphrase).fill('wat dan ook 1');
    await page.getByRole('button', { name: s.open.submit }).click();
    await page.getByText(s.open.failed).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: s.save.delete }).click();
    await page.getByText(s.save.deleted).waitFor({ timeout: 10_000 });
    expect(await databases(page)).toEqual([]);
    await context.close();
  });
});

describe("13. an interactive part's code cannot load (a bad connection, no service worker)", () => {
  /** Opens the self-check with every request for an island's mount code answered by `answer`. */
  async function withMountCode(answer: (attempt: number) => 'fail' | 'load') {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    let attempts = 0;
    await context.route(/\/assets\/mount-[^/]+\.js$/, (route) =>
      answer(++attempts) === 'fail' ? route.abort('connectionreset') : route.continue(),
    );
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    const island = page.locator('[data-island]');
    await island.and(page.locator('[data-island-state]')).waitFor({ timeout: 15_000 });
    return { context, page, island, attempts: () => attempts };
  }

  it('a first failure is tried once more, and the part then works', async () => {
    const { context, page, island, attempts } = await withMountCode((n) => (n === 1 ? 'fail' : 'load'));
    expect(await island.getAttribute('data-island-state')).toBe('ready');
    expect(attempts()).toBe(2);
    await page.locator('form.check').waitFor();
    await context.close();
  });

  it('when it keeps failing, the page says so calmly instead of asking for JavaScript, and still points on', async () => {
    const { context, page, island } = await withMountCode(() => 'fail');
    expect(await island.getAttribute('data-island-state')).toBe('unavailable');
    await expect.poll(() => page.getByText(nl.island.unavailable).isVisible()).toBe(true);
    expect(await page.getByText(selfCheck.noScript[defaultLang]).isVisible()).toBe(false);
    expect(await island.locator('a[href]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-island-error]').count()).toBe(0);
    await context.close();
  });
});

describe('7. a failed save (storage full)', () => {
  it('says so and leaves no database behind, so the next visit offers nothing to open', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = IDBObjectStore.prototype.put;
    });
    const page = await context.newPage();
    await toResult(page);
    await page.getByRole('button', { name: s.save.choose }).click();
    await page.getByLabel(s.save.passphrase, { exact: true }).fill('Lang Geheim 1');
    await page.getByLabel(s.save.repeat).fill('Lang Geheim 1');
    await page.getByRole('button', { name: s.save.submit }).click();
    await page.getByText(s.save.failed).waitFor({ timeout: 15_000 });
    expect(await databases(page)).toEqual([]);
    await page.reload();
    await page.waitForSelector('form.check');
    await page.waitForTimeout(300); // the open panel appears only after asking indexedDB
    expect(await page.getByRole('heading', { name: s.open.title }).count()).toBe(0);
    await context.close();
  });
});

describe('10. passphrase and stored key-derivation parameters', () => {
  it('refuses a passphrase of only spaces', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await toResult(page);
    await page.getByRole('button', { name: s.save.choose }).click();
    await page.getByLabel(s.save.passphrase, { exact: true }).fill('          ');
    await page.getByLabel(s.save.repeat).fill('          ');
    await page.getByRole('button', { name: s.save.submit }).click();
    await page.getByText(s.save.onlySpaces).waitFor();
    expect(await databases(page)).toEqual([]);
    await context.close();
  });

  it('a stored record asking for 2e9 iterations is reported as damaged at once, not derived for hours', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    const sealed = { iv: 'AAAAAAAAAAAAAAAA', data: 'AAAA' };
    await writeRecord(page, {
      v: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 2e9, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      check: sealed,
      payload: sealed,
    });
    await page.reload();
    await page.getByRole('heading', { name: s.open.title }).waitFor();
    await page.getByLabel(s.save.passphrase).fill('wat dan ook 1');
    await page.getByRole('button', { name: s.open.submit }).click();
    await page.getByText(s.open.damaged).waitFor({ timeout: 10_000 });
    await context.close();
  });
});

describe('9. "Alles wissen" removes everything, in every tab', { tags: ['host'] }, () => {
  it('blanks another open tab at once, which then cannot bring the offline copy back', async () => {
    const context = await app.browser.newContext();
    await stubOutsideSites(context, app.url);
    const other = await context.newPage();
    await toResult(other);
    await waitForOfflineCopy(other);
    const page = await context.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    await waitForOfflineCopy(page);
    await page.getByRole('button', { name: nl.safety.wipe }).click();
    await page.waitForURL(NEUTRAL_SITE, { timeout: WIPE_LIMIT_MS + 5000 });
    await other.waitForURL('about:blank', { timeout: 5000 });
    expect(await other.content()).not.toContain(s.save.title);

    // A moment later, still nothing of the app on the device.
    await page.waitForTimeout(1500);
    const check = await context.newPage();
    await check.goto(`${app.url}${NEUTRAL_LOCAL}`); // a page without any script of the app
    expect(
      await check.evaluate(async () => ({
        caches: await caches.keys(),
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
        databases: (await indexedDB.databases()).length,
      })),
    ).toEqual({ caches: [], registrations: 0, databases: 0 });
    await context.close();
  });

  it('asks the host to clear the HTTP cache (Clear-Site-Data), on an address the service worker never answers', async () => {
    // No routes in this context: Playwright turns the HTTP cache off while it intercepts requests.
    // The neutral site then fails to load (no internet here), which this test does not look at.
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    await waitForOfflineCopy(page);
    // An asset the browser now keeps in its HTTP cache (a year, immutable).
    const asset = await page.evaluate(() => (document.querySelector('script[src]') as HTMLScriptElement).src);
    const inHttpCache = (p: Page, url: string) =>
      p.evaluate(async (url) => {
        try {
          return (await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' })).ok;
        } catch {
          return false;
        }
      }, url);
    // The control: another page finds it in the HTTP cache before the wipe. An image as that page: it
    // runs no script of the app and its CSP allows fetch (the neutral page's does not).
    const probePage = `${app.url}/icons/icon-192.png`;
    const before = await context.newPage();
    await before.goto(probePage);
    expect(await inHttpCache(before, asset)).toBe(true);
    await before.close();
    const cleared = page.waitForResponse((r) => r.url() === app.url + clearSiteDataPath);
    const left = page.waitForRequest(NEUTRAL_SITE, { timeout: WIPE_LIMIT_MS + 5000 }); // it fails: no internet here
    await page.getByRole('button', { name: nl.safety.wipe }).click();
    const response = await cleared;
    expect(response.request().isNavigationRequest()).toBe(true); // a frame: handled before it goes on
    expect(response.fromServiceWorker()).toBe(false);
    expect(await response.headerValue('Clear-Site-Data')).toBe(
      clearSiteDataHeaders(app.server.base)['Clear-Site-Data'],
    );
    await left;

    const check = await context.newPage();
    await check.goto(probePage);
    expect(await inHttpCache(check, asset)).toBe(false);
    await context.close();
  });
});

describe('6. addresses without their final slash, with the service worker installed', { tags: ['host'] }, () => {
  const pages = [`/${other}`, '/zelfcheck', '/organisaties/veilig-thuis', `/${other}/kenmerken`];

  async function expectPage(page: Page, path: string) {
    const response = await page.goto(`${app.url}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(page.url()).toBe(`${app.url}${path}/`);
    expect(await page.locator('h1').innerText()).toBe(builtHeading(`${path}/`));
  }

  it('online, each shows its page', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url);
    const page = await context.newPage();
    for (const path of pages) await expectPage(page, path);
    await context.close();
  });

  it('offline, each shows its page too; an unknown address still gets the not-found page', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url);
    await context.setOffline(true);
    const page = await context.newPage();
    for (const path of pages) await expectPage(page, path);
    await page.goto(`${app.url}/bestaat-niet`);
    expect(await page.locator('h1').first().innerText()).toBe(builtHeading('/404.html'));
    await context.close();
  });
});

describe('11. the offline copy evicted while the service worker stays', { tags: ['host'] }, () => {
  async function evict(context: BrowserContext) {
    const page = await context.newPage();
    await page.goto(`${app.url}${NEUTRAL_LOCAL}`);
    await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
    await page.close();
  }

  it('offline, a page is a small page with a way out, not a browser error', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url);
    await evict(context);
    await context.setOffline(true);
    const page = await context.newPage();
    const response = await page.goto(`${app.url}/kenmerken/`);
    expect(response?.status()).toBe(503);
    await page.getByRole('link', { name: nl.quickExit.label }).click();
    await page.waitForURL(`${app.url}${NEUTRAL_LOCAL}`);
    expect(await page.title()).toBe(builtHeading(NEUTRAL_LOCAL)); // the neutral page's title is its heading
    await context.close();
  });

  it('back online, the copy is rebuilt, and every page works offline again', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const whole = await page.evaluate(async () =>
      (await caches.open((await caches.keys())[0]!)).keys().then((k) => k.length),
    );
    await evict(context);
    await page.goto(`${app.url}/kenmerken/`); // any visit online starts the repair
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await caches.keys())[0] ? (await (await caches.open((await caches.keys())[0]!)).keys()).length : 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(whole);
    await context.setOffline(true);
    for (const url of ['/', '/organisaties/', `/${other}/zelfcheck/`, NEUTRAL_LOCAL]) {
      await page.goto(`${app.url}${url}`);
      expect(await page.locator('h1').first().innerText(), url).toBe(builtHeading(url));
    }
    await context.close();
  });
});

describe('12. landmarks and best practices', () => {
  // axe with best practices on every page, the neutral page included: tests/browser/pages.test.ts.
  it('the top bar is a labelled landmark, with the skip link first and the quick exit right after it', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    for (const [url, dictionary] of [
      ['/', nl],
      [`/${other}/`, en],
    ] as const) {
      await page.goto(`${app.url}${url}`);
      const region = page.getByRole('region', { name: dictionary.topBar.label });
      expect(await region.getByRole('link', { name: dictionary.emergency.call }).count()).toBe(1);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-quick-exit]') !== null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('[role="region"]') !== null)).toBe(true);
    }
    await context.close();
  });

  it('the neutral page has a <main> and still nothing of the app', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}${NEUTRAL_LOCAL}`);
    expect(await page.locator('main h1').count()).toBe(1);
    const html = await page.content();
    expect(html).not.toMatch(/<script|rel="manifest"|rel="icon"|Hulpwijzer/i);
    await context.close();
  });

  it('the manifest has an id and a neutral Dutch description', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest.id).toBe(app.server.base);
    expect(manifest.description).toMatch(/\S/);
    expect(manifest.description).not.toMatch(/dwang|coerci|groep|group|sekte|cult|hulp|help|misbruik|abuse/i);
    await context.close();
  });
});
