// Organisation cards and pages in the production build: offline, the contact block
// says calling still works but chat and websites do not; outside links stay in the same tab.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { tFor } from '../../src/i18n/all.ts';
import { contextWithOfflineCopy, useBrowserAndServer } from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

const app = useBrowserAndServer();
const { organisations } = loadContent('content');
const withPhoneAndWeb = Object.values(organisations).find(
  (o) => o.contact.some((c) => c.type === 'phone') && o.contact.some((c) => c.type !== 'phone'),
)!;
const webOnly = Object.values(organisations).find((o) => o.contact.every((c) => c.type !== 'phone'));

describe('offline notice next to contact options', () => {
  it('appears when the device goes offline (real service worker), and goes away when it is back', async () => {
    const t = tFor(defaultLang);
    const context = await contextWithOfflineCopy(app.browser, app.url);
    const page = await context.newPage();
    await page.goto(`${app.url}/organisaties/${withPhoneAndWeb.id}/`);
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
    expect(
      webOnly?.contact.every((c) => c.type !== 'phone'),
      'an organisation reachable only online',
    ).toBe(true);
    const context = await contextWithOfflineCopy(app.browser, app.url);
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(`${app.url}/${other}/organisaties/${webOnly!.id}/`);
    const note = page.locator('.offline-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(tFor(other)('organisations.offlineWeb'));
    await context.close();
  });
});

describe('outside links', () => {
  it('open in the same tab, so no tab of an organisation stays behind after the quick exit', async () => {
    const context = await app.browser.newContext();
    const link = withPhoneAndWeb.contact.find((c) => c.type !== 'phone')!;
    await context.route(`${new URL(link.value).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Buiten</title>' }),
    );
    const page = await context.newPage();
    await page.goto(`${app.url}/organisaties/${withPhoneAndWeb.id}/`);

    await page.locator(`a[href="${link.value}"]`).click();
    await page.waitForURL((url) => url.href.startsWith(new URL(link.value).origin));
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});

describe('pages for relatives and professionals', () => {
  const { pages } = loadContent('content');

  it('"Voor naasten" is reachable from the home page and ends with Onder Controle in its words for a relative', async () => {
    const fier = organisations['fier-onder-controle'];
    const page = await app.browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: tFor(defaultLang)('nav.relatives'), exact: true }).tap();
    await page.waitForURL(`${app.url}/naasten/`);
    expect(await page.locator('h1').textContent()).toBe(pages['naasten']!.title[defaultLang]);
    const card = page.locator('.org-card').filter({ hasText: fier.name[defaultLang] });
    expect(await card.locator('.org-card__lead').textContent()).toContain(fier.audiences!.relative!.lead[defaultLang]);
    await page.close();
  });

  it.each(['/professionals/', '/naasten/'])(
    '%s starts with a contents list whose every entry leads to a heading on the page',
    async (url) => {
      const page = await app.browser.newPage();
      await page.goto(app.url + url);
      const targets = await page.locator('.contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(targets.length).toBeGreaterThanOrEqual(4);
      for (const target of targets) expect(await page.locator(`${target} h2, h2${target}`).count(), target).toBe(1);
      await page.close();
    },
  );

  it("shows Veilig Thuis's number on the first screen of the professionals page, on a phone", async () => {
    const veiligThuis = organisations['veilig-thuis'];
    const number = veiligThuis.contact.find((c) => c.type === 'phone')!.value;
    const page = await app.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${app.url}/professionals/`);
    const call = page.locator(`main a[href="tel:${number.replace(/[ -]/g, '')}"]`).first();
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await call.textContent()).toContain(number);
    await page.close();
  });
});
