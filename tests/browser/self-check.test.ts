// The self-check in the production build: both routes by keyboard and by touch, in both languages,
// offline; nothing stored without opting in; saving and opening with a passphrase.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, contextWithOfflineCopy, focused, useBrowserAndServer, watchConsole, watchForeignRequests } from './harness.ts';

const app = useBrowserAndServer();


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
    await expect.poll(() => focusedText(page)).toMatch(/^Vraag 1 van \d+/);
    const total = Number((await focusedText(page)).match(/van (\d+)/)![1]);

    for (let i = 1; i <= total; i++) {
      expect(await focusedText(page)).toContain(`Vraag ${i} van ${total}`);
      // Tab to the first answer ("Ja"), then the arrow keys move to "Nee" (third) on most questions.
      await page.keyboard.press('Tab');
      if (i % 5 === 0) await page.keyboard.press('Space'); // "Ja" now and then
      else {
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight'); // "Nee"
      }
      if (i === 3) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      // A few seconds: on a loaded two-core machine a step can take longer than the default second.
      if (i < total) await expect.poll(() => focusedText(page), { timeout: 5000 }).toContain(`Vraag ${i + 1} van ${total}`);
    }
    await expect.poll(() => focusedText(page)).toBe('Wat je herkent');
    expect(await page.locator('.check--result').innerText()).not.toMatch(/score|punten|sekte|\d+ ?%/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(await storedAnything(context, page)).toEqual({ cookies: 0, local: 0, session: 0, databases: [] });
    expect(page.url()).toBe(`${app.url}/zelfcheck/`);

    await page.getByRole('button', { name: 'Verder naar de hulpwijzer' }).press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Ben jij of is iemand anders nu in gevaar?');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('goes through the route about someone else by touch, in English, offline, with help for now on a red flag', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url, { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await context.setOffline(true);
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, app.url);
    await page.goto(`${app.url}/en/zelfcheck/`);
    await page.waitForSelector('form.check');
    await page.getByRole('radio', { name: /About someone else/ }).tap();
    await page.getByRole('button', { name: 'Start' }).tap();

    let sawUrgent = false;
    for (;;) {
      const heading = await page.locator('h2.question').innerText();
      const redFlag = /hurt|threat|locked|sexual|ending (their|his|her) life|child/i.test(heading);
      await page.getByRole('radio', { name: redFlag ? 'Sometimes' : 'No', exact: true }).tap();
      if (redFlag && (await page.getByRole('region', { name: 'Help right now' }).count())) sawUrgent = true;
      const finish = page.getByRole('button', { name: 'To the result' });
      if (await finish.count()) {
        await finish.tap();
        break;
      }
      await page.getByRole('button', { name: 'Next', exact: true }).tap();
    }
    expect(sawUrgent).toBe(true);
    await page.getByRole('heading', { name: 'What you recognise' }).waitFor();
    expect(await page.getByRole('region', { name: 'Help right now' }).count()).toBe(1);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('keeps answers only after the visitor chooses it, encrypted, and opens them again with the passphrase', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await page.waitForSelector('form.check');
    await page.getByRole('radio', { name: /Over mezelf/ }).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    while (await page.getByRole('button', { name: 'Naar de uitslag' }).count() === 0) {
      await page.getByRole('button', { name: 'Sla over' }).click();
    }
    await page.getByRole('button', { name: 'Naar de uitslag' }).click();
    expect((await storedAnything(context, page)).databases).toEqual([]);

    await page.getByRole('button', { name: 'Ik wil mijn antwoorden bewaren' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('Lang Geheim 1');
    await page.getByLabel('Herhaal het wachtwoord').fill('Lang Geheim 1');
    await page.getByRole('button', { name: 'Versleuteld bewaren' }).click();
    await page.getByText('Je antwoorden zijn versleuteld bewaard op dit apparaat.').waitFor({ timeout: 15_000 });
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
    await page.getByRole('heading', { name: 'Eerder bewaarde antwoorden' }).waitFor();
    await page.getByLabel('Wachtwoord').fill('verkeerd wachtwoord');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('Dit wachtwoord klopt niet. Er is niets gewist.').waitFor({ timeout: 15_000 });
    await page.getByLabel('Wachtwoord').fill('Lang Geheim 1');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Wat je herkent' }).waitFor({ timeout: 15_000 });
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
    await page.getByRole('radio', { name: /Over mezelf/ }).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    while ((await page.getByRole('button', { name: 'Naar de uitslag' }).count()) === 0) {
      await page.getByRole('button', { name: 'Sla over' }).click();
    }
    await page.getByRole('button', { name: 'Naar de uitslag' }).click();
    await page.getByText('Bewaren kan niet in deze browser').waitFor();
    expect(await page.getByRole('button', { name: 'Ik wil mijn antwoorden bewaren' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Verder naar de hulpwijzer' }).click();
    await page.getByRole('heading', { name: 'Ben jij of is iemand anders nu in gevaar?' }).waitFor();
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
    await page.getByRole('heading', { name: 'Eerder bewaarde antwoorden' }).waitFor();
    await page.getByLabel('Wachtwoord').fill('wat dan ook 1');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('De bewaarde antwoorden zijn beschadigd.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Bewaarde antwoorden wissen' }).click();
    await page.getByText('De bewaarde antwoorden zijn gewist.').waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.getByRole('radio', { name: /Over mezelf/ }).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { name: /Vraag 1 van/ }).waitFor();
    await context.close();
  });
});
