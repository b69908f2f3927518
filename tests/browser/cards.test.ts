// Organisation cards and pages in the production build (issues 10 and 11): offline, the contact block
// says calling still works but chat and websites do not; outside links stay in the same tab.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { tFor } from '../../src/i18n/all.ts';
import { contextWithOfflineCopy, useBrowserAndServer } from './harness.ts';

const app = useBrowserAndServer();
const { organisations } = loadContent('content');
const withPhoneAndWeb = organisations.find((o) => o.contact.some((c) => c.type === 'phone') && o.contact.some((c) => c.type !== 'phone'))!;
const webOnly = organisations.find((o) => o.contact.every((c) => c.type !== 'phone'));

describe('offline notice next to contact options', () => {
  it('appears when the device goes offline (real service worker), and goes away when it is back', async () => {
    const t = tFor('nl');
    const context = await contextWithOfflineCopy(app.browser, app.server.url);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/organisaties/${withPhoneAndWeb.id}/`);
    const note = page.locator('.offline-note');
    expect(await note.isVisible()).toBe(false);

    await context.setOffline(true);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(t('organisations.offlinePhone'));
    // A page opened while offline, from the offline copy, says so at once.
    await page.reload();
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await page.locator('a[href^="tel:"]').first().isVisible()).toBe(true);

    await context.setOffline(false);
    await expect.poll(() => note.isVisible()).toBe(false);
    await context.close();
  });

  it('tells a visitor of a chat-only organisation that the chat needs the internet, in English too', async () => {
    expect(webOnly, 'an organisation reachable only online').toBeDefined();
    const context = await contextWithOfflineCopy(app.browser, app.server.url);
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/en/organisaties/${webOnly!.id}/`);
    const note = page.locator('.offline-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(tFor('en')('organisations.offlineWeb'));
    await context.close();
  });
});

describe('outside links', () => {
  it('open in the same tab, so no tab of an organisation stays behind after the quick exit', async () => {
    const context = await app.browser.newContext();
    const link = withPhoneAndWeb.contact.find((c) => c.type !== 'phone')!;
    await context.route(`${new URL(link.value).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Buiten</title>' }));
    const page = await context.newPage();
    await page.goto(`${app.server.url}/organisaties/${withPhoneAndWeb.id}/`);

    await page.locator(`a[href="${link.value}"]`).click();
    await page.waitForURL((url) => url.href.startsWith(new URL(link.value).origin));
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});
