// A new version reaches a visitor only with consent, and never during a questionnaire.
// One build is installed, a self-check is half done, then a newer build is deployed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { useBrowserAndServer, waitForOfflineCopy } from './harness.ts';
import { questions } from 'virtual:content/questions';
import { version } from '../../package.json';
import { defaultLang } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';

const nl = dictionaries()[defaultLang];

const app = useBrowserAndServer();

let nextBuild: string;

beforeAll(async () => {
  nextBuild = join(mkdtempSync(join(tmpdir(), 'hulpwijzer-next-')), 'dist');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', nextBuild, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, HULPWIJZER_BUILD_LABEL: 'next' },
      stdio: 'inherit',
    },
  );
}, 120_000);
afterAll(() => {
  rmSync(join(nextBuild, '..'), { recursive: true, force: true });
});

const footer = (page: Page) => page.locator('.site-footer__meta').innerText();
/** The footer's version line, as the dictionary words it, for this package's version (and a build label). */
const versionLine = (label = '') => nl.footer.version.replace('{{version}}', version + label);
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
const waitingWorker = (page: Page) =>
  page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, undefined, {
    polling: 200,
    timeout: 20_000,
  });

describe('updates', () => {
  it('waits for the end of the questionnaire, keeps the old version offline when declined, and brings the new one when accepted', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await waitForOfflineCopy(page);
    await page.reload(); // now controlled by the installed version
    expect((await footer(page)).endsWith(versionLine())).toBe(true);

    // Half a self-check.
    const s = nl.selfCheck;
    await page.locator('input[name="route"][value="self"]').check();
    await page.getByRole('button', { name: s.start, exact: true }).click();
    await page.getByRole('radio', { name: s.answer.yes, exact: true }).check();
    await page.getByRole('button', { name: s.next, exact: true }).click();
    await page.getByRole('radio', { name: s.answer.sometimes, exact: true }).check();

    // A newer build is deployed and found.
    app.server.setDir(nextBuild);
    await checkForUpdate(page);
    await waitingWorker(page);
    await page.waitForTimeout(500);
    expect(await page.locator('.update-offer').count(), 'no offer during the questionnaire').toBe(0);
    expect(await page.locator('h2.question').innerText()).toContain(questions.self[1]!.text[defaultLang]);
    expect(await page.isChecked('input[value="sometimes"]')).toBe(true);

    // Finishing the questionnaire: the result is not dropped either, so the offer still waits.
    for (let i = 2; i < questions.self.length; i++) await page.getByRole('button', { name: s.skip }).click();
    await page.getByRole('button', { name: s.finish }).click();
    expect(await page.locator('.check--result ul.signals li').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.locator('.update-offer').count(), 'no offer over a result').toBe(0);

    // Only when the visitor chooses to start again (and confirms it) does the offer appear, inline.
    await page.getByRole('button', { name: s.restart }).click();
    await page.getByRole('button', { name: nl.confirmRestart.yes }).click();
    await page.getByText(nl.update.available).waitFor();

    // Declining keeps the old version, also offline.
    await page.getByRole('button', { name: nl.update.later }).click();
    expect(await page.locator('.update-offer').count()).toBe(0);
    await context.setOffline(true);
    await page.goto(`${app.url}/kenmerken/`);
    expect((await footer(page)).endsWith(versionLine())).toBe(true);
    await context.setOffline(false);

    // Accepting brings the new version.
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: nl.update.reload }).click();
    await expect.poll(async () => (await footer(page)).endsWith(versionLine('+next')), { timeout: 15_000 }).toBe(true);
    await context.close();
  });
});
