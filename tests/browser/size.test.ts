// What an interactive page really loads, in Chromium on the production build with its service worker:
// before the visitor does anything, no script beyond what the build's size test counts for it
// (scripts/size.mjs, tests/build/size.test.ts); after the first choice, the later steps' chunk, so a
// result does not wait; and when that chunk cannot load, a calm message, the answers kept, and
// "Opnieuw proberen" that works once the connection is back.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { helpFinder } from 'virtual:content/helpFinder';
import { organisations } from 'virtual:content/organisations';
import { selfCheck } from 'virtual:content/selfCheck';
import { allUrls } from '../../src/routes.ts';
import { islandContentOnLoad } from '../../src/content/island-parts.ts';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';
import { emptySituation, recommend } from '../../src/logic/index.ts';
import { chunkGraph, fileOf, pageScripts } from '../../scripts/size.mjs';
import { useBrowserAndServer } from './harness.ts';

const app = useBrowserAndServer();
const t = tFor(defaultLang);
/** A choice's radio: its accessible name starts with the label (the hint follows). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** One page of each island in each language, from the routes: the first address that has it. */
function islandPages(): string[] {
  const seen = new Map<string, string>();
  for (const url of allUrls()) {
    const match = /data-island="([^"]+)"[^>]*data-lang="([^"]+)"/.exec(readFileSync(join('dist', fileOf(url)), 'utf8'));
    if (match && !seen.has(`${match[1]} ${match[2]}`)) seen.set(`${match[1]} ${match[2]}`, url);
  }
  return [...seen.values()];
}

/** The file in dist/ of the chunk that holds a module (a path from the project root). */
const chunkOf = (module: string) => chunkGraph('dist').find((c) => c.modules.includes(module))!.file;

/** Records the scripts the page itself requests, as files in dist/ ("assets/x.js"). */
function watchScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js') && !path.endsWith('/sw.js')) scripts.add(path.slice(path.indexOf('assets/')));
  });
  return scripts;
}

/** Opens a page and waits until its island has rendered and the network is quiet. */
async function open(path: string) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const scripts = watchScripts(page);
  await page.goto(`${app.url}${path}`);
  await page.locator('[data-island] button').first().waitFor();
  await page.waitForLoadState('networkidle');
  return { context, page, scripts };
}

describe('JavaScript an interactive page loads', () => {
  it.each(islandPages())('%s: before the visitor does anything, only what the size test counts', async (url) => {
    const { context, scripts } = await open(url);
    const counted = pageScripts(fileOf(url), islandContentOnLoad).map((s) => s.file);
    const island = /data-island="([^"]+)"/.exec(readFileSync(join('dist', fileOf(url)), 'utf8'))![1]!;
    expect([...scripts]).toContain(chunkOf(`src/features/${island}/mount.tsx`));
    expect([...scripts].filter((file) => !counted.includes(file))).toEqual([]);
    await context.close();
  });

  it('loads the later steps after the first choice, before they are needed', async () => {
    const cases: Array<[string, string, (page: Page) => Promise<unknown>]> = [
      [
        '/zelfcheck/',
        'src/features/self-check/steps.ts',
        (page) => page.getByRole('radio', { name: startsWith(selfCheck.start.routes.self.label[defaultLang]) }).check(),
      ],
      [
        '/hulpwijzer/',
        'src/features/help-finder/FinderResult.tsx',
        (page) =>
          page.getByRole('radio', { name: startsWith(helpFinder.role.options.self.label[defaultLang]) }).check(),
      ],
      ['/mijn-plan/', 'src/features/plan/steps.ts', (page) => page.locator('button[data-phase]').first().click()],
    ];
    for (const [path, module, firstChoice] of cases) {
      const { context, page, scripts } = await open(path);
      const later = chunkOf(module);
      expect([...scripts], path).not.toContain(later);
      await firstChoice(page);
      await expect.poll(() => [...scripts], { message: path }).toContain(later);
      await context.close();
    }
  });

  it('keeps the answers when the result cannot load, and shows it after "Opnieuw proberen"', async () => {
    const { context, page } = await open('/hulpwijzer/');
    const result = chunkOf('src/features/help-finder/FinderResult.tsx');
    await context.route(`**/${result}`, (route) => route.abort('internetdisconnected'));
    const next = page.getByRole('button', { name: t('finder.next'), exact: true });
    await page.getByRole('radio', { name: startsWith(helpFinder.role.options.self.label[defaultLang]) }).check();
    await next.click();
    const danger = page.getByRole('group', { name: helpFinder.danger.question.self[defaultLang] });
    await danger.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
    await next.click();
    await page.locator('input[name="sexualViolence"]').check();
    await next.click();
    const report = page.getByRole('group', { name: helpFinder.report.question.self[defaultLang] });
    await report.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
    await next.click();

    await page.getByRole('heading', { name: t('later.failed') }).waitFor();
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: t('later.kept') })
        .count(),
    ).toBe(1);
    expect(await page.getByRole('link', { name: t('island.elsewhere') }).count()).toBe(1);

    await context.unroute(`**/${result}`);
    await page.getByRole('button', { name: t('later.retry') }).click();
    await page.getByRole('heading', { name: t('finder.resultTitle') }).waitFor();
    // The answers given before the failure decide the result: the organisations that fit them.
    const fits = recommend({ ...emptySituation('self'), sexualViolence: true }).map((r) => r.organisation);
    expect(fits.length).toBeGreaterThan(0);
    for (const id of fits)
      expect(await page.getByText(organisations[id].name[defaultLang], { exact: true }).count(), id).toBeGreaterThan(0);
    await context.close();
  });
});
