// Samen kijken fills the screen (issue 11): at 1280 × 800 the body text is at least 28 px, nothing
// of the site is around it but the quick exit, and the button forward is always in view; at 320 px
// no topic scrolls sideways; the arrow-key tip shows only where there is a keyboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content/load.ts';
import { tFor } from '../../src/i18n/all.ts';
import { useBrowserAndServer } from './harness.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

const app = useBrowserAndServer();
const indicators = Object.values(loadContent('content').indicators);
const t = tFor(defaultLang);

/** Goes through every topic and reports, for each, what a check finds wrong. */
async function eachTopic(page: Page, check: (index: number) => Promise<string[]>): Promise<string[]> {
  await page.goto(`${app.url}/professionals/samen-kijken/`);
  await page.getByRole('button', { name: t('consult.startIndicators') }).click();
  const problems: string[] = [];
  for (let i = 0; i < indicators.length; i++) {
    await expect.poll(() => page.locator('.consult h2').textContent()).toBe(indicators[i]!.title[defaultLang]);
    problems.push(...(await check(i)).map((p) => `${indicators[i]!.id}: ${p}`));
    if (i < indicators.length - 1) await page.getByRole('button', { name: t('consult.next') }).click();
  }
  return problems;
}

/** Whether the first button of the step buttons (forward) is entirely inside the viewport. */
const forwardInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('.consult .step-nav .button')!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

describe('Samen kijken', () => {
  it('at 1280 × 800: body text at least 28 px, only the quick exit around it, the button forward always in view', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await eachTopic(page, async () => {
      const found: string[] = [];
      const size = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.consult h2 + p')!).fontSize),
      );
      if (size < 28) found.push(`body text ${size}px`);
      if (!(await forwardInView(page))) found.push('button forward out of view');
      for (const selector of ['.site-header', '.site-footer', '.emergency', '#update-slot']) {
        if (await page.locator(selector).isVisible()) found.push(`${selector} visible`);
      }
      if (!(await page.locator('[data-quick-exit]').isVisible())) found.push('no quick exit');
      if (!(await page.getByText(t('consult.keys')).isVisible())) found.push('no keyboard tip on a desktop');
      return found;
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('at 320 px on a phone: no topic scrolls sideways, the button forward stays in view, no keyboard tip', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/professionals/samen-kijken/`);
    await page.getByRole('button', { name: t('consult.startIndicators') }).waitFor();
    const startWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const problems = startWidth > 320 ? [`start screen ${startWidth}px wide`] : [];
    problems.push(
      ...(await eachTopic(page, async () => {
        const found: string[] = [];
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) found.push(`${width}px wide`);
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
        if (!(await forwardInView(page))) found.push('button forward out of view');
        if (await page.getByText(t('consult.keys')).isVisible()) found.push('keyboard tip on a phone');
        return found;
      })),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
