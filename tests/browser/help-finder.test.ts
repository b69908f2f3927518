// The help finder in the production build: by keyboard only, by touch, in both languages, offline;
// the dialer link; axe on every screen.
import { describe, expect, it } from 'vitest';
import { organisations } from 'virtual:content/organisations';
import { helpFinder } from 'virtual:content/helpFinder';
import { telHref } from '../../src/content/phone.ts';
import { tFor } from '../../src/i18n/all.ts';
import type { OrganisationId } from '../../src/logic/index.ts';
import {
  axeViolations,
  contextWithOfflineCopy,
  tabTo,
  useBrowserAndServer,
  watchConsole,
  watchForeignRequests,
} from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { emptySituation, recommend } from '../../src/logic/index.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

const app = useBrowserAndServer();
const nl = tFor(defaultLang);
const en = tFor(other);
const nameOf = (id: OrganisationId) => organisations[id].name;
/** A role's radio: its accessible name starts with the label (the hint follows). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

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
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(helpFinder.danger.question.relative[defaultLang]);
    await tabTo(page, (el) => el.name === 'danger');
    await page.keyboard.press('ArrowDown'); // "Nee" (arrow keys move and select)
    expect(await page.isChecked('input[name="danger"][value="no"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(helpFinder.situations.question[defaultLang]);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (el) => el.name === 'minorInvolved');
    await page.keyboard.press('Space'); // ticked
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(helpFinder.report.question.relative[defaultLang]);
    await tabTo(page, (el) => el.name === 'report');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(nl('finder.resultTitle'));

    const names = await page.locator('.result-card .org-card__name').allTextContents();
    expect(names[0]).toBe(nameOf('veilig-thuis')[defaultLang]);
    expect(names).toContain(nameOf('fier-onder-controle')[defaultLang]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works by touch in English, offline, and "call" opens the dialer with the right number', async () => {
    const context = await contextWithOfflineCopy(app.browser, app.url, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    await context.setOffline(true);
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, app.url);
    await page.goto(`${app.url}/${other}/hulpwijzer/`);
    await page.waitForSelector('form.finder');

    const next = page.getByRole('button', { name: en('finder.next'), exact: true });
    await page.getByRole('radio', { name: startsWith(helpFinder.role.options.self.label[other]) }).tap();
    await next.tap();
    const danger = page.getByRole('group', { name: helpFinder.danger.question.self[other] });
    await danger.getByRole('radio', { name: en('finder.answer.yes'), exact: true }).tap();
    expect(await page.getByRole('status').filter({ hasText: helpFinder.danger.yesNow[other] }).count()).toBe(1);
    await next.tap();
    await page.locator('label:has(input[name="suicidalThoughts"])').tap();
    await next.tap();
    const report = page.getByRole('group', { name: helpFinder.report.question.self[other] });
    await report.getByRole('radio', { name: en('finder.answer.no'), exact: true }).tap();
    await next.tap();
    await page.getByRole('heading', { name: en('finder.resultTitle') }).waitFor();

    const urgent = page.getByRole('region', { name: en('finder.urgentTitle') });
    // Danger now and thoughts of suicide: the help for now that recommend() gives (112, 113, Veilig Thuis),
    // with every number of theirs in content, in order.
    const urgentOrgs = recommend({ ...emptySituation('self'), acuteDanger: true, suicidalThoughts: true })
      .filter((r) => r.urgent)
      .map((r) => organisations[r.organisation]);
    expect(urgentOrgs.length).toBeGreaterThan(1);
    expect(await urgent.locator('h4').allTextContents()).toEqual(urgentOrgs.map((o) => o.name[other]));
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
    const next = page.getByRole('button', { name: nl('finder.next'), exact: true });
    await page.getByRole('radio', { name: startsWith(helpFinder.role.options.self.label[defaultLang]) }).check();
    await next.click();
    const danger = page.getByRole('group', { name: helpFinder.danger.question.self[defaultLang] });
    await danger.getByRole('radio', { name: nl('finder.answer.no'), exact: true }).check();
    await next.click();
    await page.locator('input[name="sexualViolence"]').check();
    expect(await page.locator('input[name="sexualViolence"]').isChecked()).toBe(true);
    await next.click();
    await page.getByRole('group', { name: helpFinder.report.question.self[defaultLang] }).waitFor();
    expect(page.url()).toBe(`${app.url}/hulpwijzer/`);
    const stored = await page.evaluate(async () => [
      localStorage.length,
      sessionStorage.length,
      (await indexedDB.databases()).length,
      document.cookie,
    ]);
    expect(stored).toEqual([0, 0, 0, '']);
    await page.close();
  });
});
