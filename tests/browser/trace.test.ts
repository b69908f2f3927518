// Issue 22: what a person checking the phone could still find after "Snel weg". Every open tab of the
// app leaves; Back and Forward reach neither the app nor an organisation's site (also after visiting
// that site and coming Back); offline before the offline copy is ready the exit lands on a blank page,
// never the browser's error page with the site's name. On the production build, CSP and service worker on.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { organisationIds } from '../../src/logic/organisations.ts';
import { organisationPath } from '../../src/routes.ts';
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import {
  contextWithOfflineCopy,
  OUTSIDE,
  stubOutsideSites,
  useBrowserAndServer,
  waitForOfflineCopy,
} from './harness.ts';
import { readFileSync } from 'node:fs';
import { questions } from 'virtual:content/questions';
import { nl } from '../../src/i18n/nl.ts';
import { join } from 'node:path';

const app = useBrowserAndServer();

/** An organisation's page whose card links to the organisation's own site, and that site's address. */
function organisationWithSite(): { path: string; site: string } {
  for (const id of organisationIds) {
    const path = organisationPath(id);
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const site = [...html.matchAll(/href="(https:\/\/[^"]+)"/g)].map((m) => m[1]!).find((h) => h !== NEUTRAL_SITE);
    if (site) return { path, site };
  }
  throw new Error('no organisation page links to a website');
}

/** Every outside site answers with a page of its own (this machine has no internet). */
async function stubEverySite(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Elders</title><h1>Elders</h1>' }),
  );
  await stubOutsideSites(context, app.url);
}

const isApp = (url: string) => url.startsWith(app.url) && !url.endsWith(NEUTRAL_LOCAL);

/** Steps Back as far as the tab goes, then Forward to the end; returns every address seen. */
async function walkHistory(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 6 && (await page.goBack().catch(() => null)); i++) seen.push(page.url());
  for (let i = 0; i < 6 && (await page.goForward().catch(() => null)); i++) seen.push(page.url());
  return seen;
}

describe('"Snel weg" leaves every open tab of the app', () => {
  it.each(['online', 'offline'] as const)('%s: a second tab on an organisation page leaves too', async (state) => {
    const { path } = organisationWithSite();
    const context =
      state === 'online' ? await app.browser.newContext() : await contextWithOfflineCopy(app.browser, app.url);
    await stubEverySite(context);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await first.goto(`${app.url}/`);
    await second.goto(app.url + path);
    await Promise.all([first.waitForLoadState('load'), second.waitForLoadState('load')]);
    if (state === 'offline') await context.setOffline(true);
    const landing = state === 'online' ? NEUTRAL_SITE : app.url + NEUTRAL_LOCAL;

    await first.bringToFront();
    await first.click('[data-quick-exit]');
    await Promise.all([first.waitForURL(landing, { timeout: 2000 }), second.waitForURL(landing, { timeout: 2000 })]);
    for (const page of [first, second]) {
      expect(await page.title()).not.toMatch(/hulpwijzer/i);
      const seen = await walkHistory(page);
      expect(seen.filter(isApp), `history of a tab: ${seen.join(' → ')}`).toEqual([]);
    }
    await context.close();
  });
});

describe("an organisation's website, opened from the app", () => {
  it("takes the app's place in the tab: Back from it reaches the page before the app; the app is nowhere in Back or Forward", async () => {
    const { path, site } = organisationWithSite();
    const context = await app.browser.newContext();
    await stubEverySite(context);
    const page = await context.newPage();
    await page.goto(OUTSIDE);
    await page.click('#into-app');
    await page.waitForURL(`${app.url}/`);
    // On to the organisation's page, as the app's own links go (one entry for the app).
    await page.evaluate((href) => location.replace(href), app.url + path);
    await page.waitForURL(app.url + path);
    await page.click(`main a[href="${site}"]`);
    await page.waitForURL(site);

    await page.goBack();
    expect(page.url(), 'Back from the organisation’s site').toBe(OUTSIDE);
    const seen = await walkHistory(page);
    expect(seen.filter(isApp), `history of the tab: ${seen.join(' → ')}`).toEqual([]);
    await context.close();
  });
});

describe('offline before the offline copy is ready', () => {
  it("lands on a blank page, not the browser's error page with the site's name", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // Offline before the load event, so the service worker is never even fetched.
    await page.goto(`${app.url}/`, { waitUntil: 'domcontentloaded' });
    await context.setOffline(true);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    await page.click('[data-quick-exit]');
    await page.waitForURL((url) => !url.href.startsWith(app.url), { timeout: 2000 });
    expect(page.url()).toBe('about:blank');
    await context.close();
  });
});

describe('Trusted Types', () => {
  it('refuse a string as HTML, and the service worker still registers through the one named policy', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${app.url}/`);
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(refused, 'innerHTML took a plain string').toBe(true);
    await waitForOfflineCopy(page);
    problems.length = 0; // the refusal above is reported as a console error; nothing else may be
    await page.reload();
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Every form and input on the page: the browser may keep none of them (autofill, saved form state). */
function formsThatRemember(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('form, input, textarea, select')]
      .filter((el) => el.getAttribute('autocomplete') !== 'off' || (el as HTMLInputElement).type === 'password')
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

describe('the questionnaire and the save panel leave nothing for the browser to keep', () => {
  it('forms and fields say autocomplete="off", no field is a password field, weak passphrases are refused', async () => {
    const s = nl.selfCheck;
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await page.waitForSelector('form.check');
    expect(await formsThatRemember(page)).toEqual([]);
    await page.locator('input[name="route"][value="self"]').check();
    await page.getByRole('button', { name: s.start, exact: true }).click();
    expect(await formsThatRemember(page)).toEqual([]);
    await page.getByRole('radio', { name: s.answer.yes, exact: true }).check();
    await page.getByRole('button', { name: s.next, exact: true }).click();
    for (let i = 1; i < questions.self.length - 1; i++) await page.getByRole('button', { name: s.skip }).click();
    await page.getByRole('button', { name: s.finish }).click();
    await page.getByRole('button', { name: s.save.choose }).click();

    // The passphrase is drawn as dots, though no password manager sees a password field.
    const field = page.getByLabel(s.save.passphrase, { exact: true });
    expect(await field.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security'))).toBe('disc');
    expect(await formsThatRemember(page)).toEqual([]);
    await page.getByText(nl.passphrase.dontRemember, { exact: false }).waitFor();

    // A common one is refused, and nothing is stored.
    for (const weak of ['wachtwoord1', 'Hulpwijzer2026']) {
      await field.fill(weak);
      await page.getByLabel(s.save.repeat).fill(weak);
      await page.getByRole('button', { name: s.save.submit }).click();
      await page.getByRole('alert').filter({ hasText: nl.passphrase.guessable }).waitFor();
    }
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

    // The suggestion: four words, accepted.
    const idea = (await page.locator('[data-suggestion]').innerText()).trim();
    expect(idea.split('-')).toHaveLength(4);
    await field.fill(idea);
    await page.getByLabel(s.save.repeat).fill(idea);
    await page.getByRole('button', { name: s.save.submit }).click();
    await page.getByText(s.save.saved).waitFor({ timeout: 15_000 });
    await context.close();
  });
});
