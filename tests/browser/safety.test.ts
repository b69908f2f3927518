// "Alles wissen" on the safety page: nothing of the app is left on the device afterwards.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import { SAVED_DB_NAME } from '../../src/storage/exists.ts';
import { stubOutsideSites, useBrowserAndServer, waitForOfflineCopy } from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;
const nl = dictionaries()[defaultLang];
const en = dictionaries()[other];

const app = useBrowserAndServer();

/** What the app left in this browser profile, read from a page without any script of the app. */
async function leftovers(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${app.url}/recept.html`);
  const found = await page.evaluate(async () => ({
    caches: await caches.keys(),
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
  }));
  await page.close();
  return found;
}

describe('Alles wissen', { tags: ['host'] }, () => {
  it('removes the offline copy, the service worker and any database, then leaves for the neutral site', async () => {
    const context = await app.browser.newContext();
    const neutralVisits = await stubOutsideSites(context, app.url);
    const page = await context.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    await waitForOfflineCopy(page);
    // A database as saved answers will leave one (the self-check's opt-in store).
    await page.evaluate(
      (name) =>
        new Promise((resolve) => {
          indexedDB.open(name).onsuccess = resolve;
        }),
      SAVED_DB_NAME,
    );
    expect((await leftovers(context)).caches.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: nl.safety.wipe }).click();
    await page.waitForURL(NEUTRAL_SITE, { timeout: 5000 });

    expect(neutralVisits).toEqual([NEUTRAL_SITE]);
    expect(await leftovers(context)).toEqual({ caches: [], registrations: 0, databases: [], local: 0 });
    await context.close();
  });

  it('offline, leaves for about:blank, because the neutral page went with the offline copy', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/${other}/veilig-gebruiken/`);
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: en.safety.wipe }).click();
    await page.waitForURL('about:blank', { timeout: 5000 });
    await context.setOffline(false);
    expect(await leftovers(context)).toEqual({ caches: [], registrations: 0, databases: [], local: 0 });
    await context.close();
  });

  it('without JavaScript, the button is hidden and a note explains how to delete the data by hand', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    expect(await page.getByRole('button', { name: nl.safety.wipe }).count()).toBe(0);
    expect(await page.getByText(nl.safety.wipeNoScript).isVisible()).toBe(true);
    await context.close();
  });
});
