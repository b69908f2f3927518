// The self-check in the production build: both routes by keyboard and by touch, in both languages,
// offline; nothing stored without opting in; saving and opening with a passphrase.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { selfCheck } from 'virtual:content/selfCheck';
import { questions } from 'virtual:content/questions';
import { helpFinder } from 'virtual:content/helpFinder';
import {
  axeViolations,
  contextWithOfflineCopy,
  focused,
  useBrowserAndServer,
  watchConsole,
  watchForeignRequests,
} from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;
const nl = dictionaries()[defaultLang];
const en = dictionaries()[other];

const app = useBrowserAndServer();
const s = nl.selfCheck;

async function storedAnything(context: BrowserContext, page: Page) {
  return {
    cookies: (await context.cookies()).length,
    ...(await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }))),
  };
}

const focusedText = async (page: Page) => (await focused(page)).text;

describe('self-check', () => {
  it('goes through the route about oneself by keyboard only, stores nothing, and ends in the help finder', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${app.url}/zelfcheck/`);
    await page.waitForSelector('form.check');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('input[name="route"][value="self"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const total = questions.self.length;
    const progress = (n: number) => s.progress.replace('{{n}}', String(n)).replace('{{total}}', String(total));
    await expect.poll(() => focusedText(page)).toBe(`${progress(1)} ${questions.self[0]!.text[defaultLang]}`);

    for (let i = 1; i <= total; i++) {
      expect(await focusedText(page)).toBe(`${progress(i)} ${questions.self[i - 1]!.text[defaultLang]}`);
      // Tab to the first answer ("Ja"), then the arrow keys move to "Nee" (third) on most questions.
      await page.keyboard.press('Tab');
      if (i % 5 === 0)
        await page.keyboard.press('Space'); // "Ja" now and then
      else {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight'); // "Nee"
      }
      if (i === 3) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      // A few seconds: on a loaded two-core machine a step can take longer than the default second.
      // Focus on the next question's heading itself (the page as a whole also holds its text).
      if (i < total) {
        const heading = `${progress(i + 1)} ${questions.self[i]!.text[defaultLang]}`;
        await expect.poll(() => focusedText(page), { timeout: 5000 }).toBe(heading);
      }
    }
    await expect.poll(() => focusedText(page)).toBe(selfCheck.result.heading[defaultLang]);
    expect(await page.locator('.check--result').innerText()).not.toMatch(/score|punten|sekte|\d+ ?%/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(await storedAnything(context, page)).toEqual({ cookies: 0, local: 0, session: 0, databases: [] });
    expect(page.url()).toBe(`${app.url}/zelfcheck/`);

    await page.getByRole('button', { name: s.toFinder }).press('Enter');
    await expect.poll(() => focusedText(page)).toBe(helpFinder.danger.question.self[defaultLang]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('goes through the route about someone else by touch, in English, offline, with help for now on a red flag', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    await context.setOffline(true);
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, app.url);
    await page.goto(`${app.url}/${other}/zelfcheck/`);
    await page.waitForSelector('form.check');
    const e = en.selfCheck;
    await page.locator('input[name="route"][value="relative"]').tap();
    await page.getByRole('button', { name: e.start, exact: true }).tap();

    // "Sometimes" on every red flag, "No" on the rest: help for now shows on each red flag, and only there.
    const list = questions.relative;
    const urgent = page.getByRole('region', { name: e.urgentTitle });
    const missed: string[] = [];
    for (const [i, q] of list.entries()) {
      expect(await page.locator('h2.question').innerText()).toContain(q.text[other]);
      await page.getByRole('radio', { name: q.redFlag ? e.answer.sometimes : e.answer.no, exact: true }).tap();
      if ((await urgent.count()) !== (q.redFlag ? 1 : 0)) missed.push(q.id);
      await page.getByRole('button', { name: i === list.length - 1 ? e.finish : e.next, exact: true }).tap();
    }
    expect(missed).toEqual([]);
    expect(list.some((q) => q.redFlag)).toBe(true);
    await page.getByRole('heading', { name: selfCheck.result.heading[other] }).waitFor();
    expect(await urgent.count()).toBe(1);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('keeps answers only after the visitor chooses it, encrypted, and opens them again with the passphrase', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await page.waitForSelector('form.check');
    await page.locator('input[name="route"][value="self"]').check();
    await page.getByRole('button', { name: s.start, exact: true }).click();
    await page.getByRole('radio', { name: s.answer.yes, exact: true }).check();
    await page.getByRole('button', { name: s.next, exact: true }).click();
    for (let i = 1; i < questions.self.length - 1; i++) await page.getByRole('button', { name: s.skip }).click();
    await page.getByRole('button', { name: s.finish }).click();
    expect((await storedAnything(context, page)).databases).toEqual([]);

    await page.getByRole('button', { name: s.save.choose }).click();
    await page.getByLabel(s.save.passphrase, { exact: true }).fill('Lang Geheim 1');
    await page.getByLabel(s.save.repeat).fill('Lang Geheim 1');
    await page.getByRole('button', { name: s.save.submit }).click();
    await page.getByText(s.save.saved).waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(`${app.url}/zelfcheck/`); // typing capitals did not trigger the exit

    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('hulpwijzer-bewaard');
          open.onsuccess = () => {
            const get = open.result.transaction('records').objectStore('records').getAll();
            get.onsuccess = () => resolve(JSON.stringify(get.result));
          };
        }),
    );
    expect(stored).toContain('"payload"');
    expect(stored).not.toMatch(/self-|"yes"|route/);

    await page.reload();
    await page.getByRole('heading', { name: s.open.title }).waitFor();
    await page.getByLabel(s.save.passphrase).fill('verkeerd wachtwoord');
    await page.getByRole('button', { name: s.open.submit }).click();
    await page.getByText(s.open.wrong).waitFor({ timeout: 15_000 });
    await page.getByLabel(s.save.passphrase).fill('Lang Geheim 1');
    await page.getByRole('button', { name: s.open.submit }).click();
    await page.getByRole('heading', { name: selfCheck.result.heading[defaultLang] }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.check--result ul.signals li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('without IndexedDB (some private modes), shows saving as unavailable and everything else works', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${app.url}/zelfcheck/`);
    await page.waitForSelector('form.check');
    await page.locator('input[name="route"][value="self"]').check();
    await page.getByRole('button', { name: s.start, exact: true }).click();
    for (let i = 0; i < questions.self.length - 1; i++) await page.getByRole('button', { name: s.skip }).click();
    await page.getByRole('button', { name: s.finish }).click();
    await page.getByText(s.save.unavailable).waitFor();
    expect(await page.getByRole('button', { name: s.save.choose }).count()).toBe(0);
    await page.getByRole('button', { name: s.toFinder }).click();
    await page.getByRole('heading', { name: helpFinder.danger.question.self[defaultLang] }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports damaged saved data, offers to delete it, and keeps working', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    // Something else wrote into the store: not an encrypted envelope at all.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('hulpwijzer-bewaard', 10);
          open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
          open.onsuccess = () => {
            const tx = open.result.transaction('records', 'readwrite');
            tx.objectStore('records').put({ id: 'zelfcheck', envelope: { v: 9, junk: true } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await page.getByRole('heading', { name: s.open.title }).waitFor();
    await page.getByLabel(s.save.passphrase).fill('wat dan ook 1');
    await page.getByRole('button', { name: s.open.submit }).click();
    await page.getByText(s.open.damaged).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: s.save.delete }).click();
    await page.getByText(s.save.deleted).waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.locator('input[name="route"][value="self"]').check();
    await page.getByRole('button', { name: s.start, exact: true }).click();
    await page.getByRole('heading', { name: questions.self[0]!.text[defaultLang] }).waitFor();
    await context.close();
  });
});
