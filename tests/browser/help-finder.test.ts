// The help finder in the production build: by keyboard only, by touch, in both languages, offline;
// the dialer link; axe on every screen.
import { describe, expect, it } from 'vitest';
import { organisations } from 'virtual:content/organisations';
import { telHref } from '../../src/content/phone.ts';
import { axeViolations, contextWithOfflineCopy, tabTo, useBrowserAndServer, watchConsole, watchForeignRequests } from './harness.ts';

const app = useBrowserAndServer();



describe('help finder', () => {
  it('reaches a result by keyboard only, with focus on each new question, in Dutch', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, (el) => el.name === 'role');
    await page.keyboard.press('ArrowDown'); // the second choice: a relative
    await page.keyboard.press('Enter'); // submits the form
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Is de persoon om wie je je zorgen maakt nu in gevaar?',
    );
    await tabTo(page, (el) => el.name === 'danger');
    await page.keyboard.press('ArrowDown'); // "Nee" (arrow keys move and select)
    expect(await page.isChecked('input[name="danger"][value="no"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Wat speelt er? Kies wat past.');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (el) => el.name === 'minorInvolved');
    await page.keyboard.press('Space'); // ticked
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Wil je aangifte doen of iets melden bij de politie?',
    );
    await tabTo(page, (el) => el.name === 'report');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hier kun je terecht');

    const names = await page.locator('.result-card h3').allTextContents();
    expect(names[0]).toBe('Veilig Thuis');
    expect(names).toContain('Fier, Hulppunt Onder Controle');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works by touch in English, offline, and "call" opens the dialer with the right number', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url, { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await context.setOffline(true);
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, app.url);
    await page.goto(`${app.url}/en/hulpwijzer/`);
    await page.waitForSelector('form.finder');

    await page.getByRole('radio', { name: /For myself/ }).tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    await page.getByRole('group', { name: 'Are you or is someone else in danger right now?' }).getByRole('radio', { name: 'Yes' }).tap();
    expect(await page.getByRole('status').filter({ hasText: 'Call 112 now' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).tap();
    await page.locator('label:has(input[name="suicidalThoughts"])').tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    await page.getByRole('group', { name: 'Do you want to report a crime?' }).getByRole('radio', { name: 'No', exact: true }).tap();
    await page.getByRole('button', { name: 'Next' }).tap();
    await page.getByRole('heading', { name: 'Where you can go' }).waitFor();

    const urgent = page.getByRole('region', { name: 'Help right now' });
    // Danger now and thoughts of suicide: 112 and 113, with every number of theirs in content, in order.
    const urgentOrgs = (['alarmnummer-112', '113-zelfmoordpreventie'] as const).map((id) => organisations[id]);
    expect(await urgent.locator('h4').allTextContents()).toEqual(urgentOrgs.map((o) => o.name.en));
    expect(await urgent.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      urgentOrgs.flatMap((o) => o.contact.filter((c) => c.type === 'phone').map((c) => telHref(c.value))),
    );
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('never puts an answer in the address or in storage', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    await page.getByRole('radio', { name: /Voor mezelf/ }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('group', { name: /nu in gevaar/ }).getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('checkbox', { name: /seksueel geweld/ }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    expect(page.url()).toBe(`${app.url}/hulpwijzer/`);
    const stored = await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length, document.cookie]);
    expect(stored).toEqual([0, 0, 0, '']);
    await page.close();
  });
});
