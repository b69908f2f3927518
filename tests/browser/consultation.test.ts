// Samen kijken fills the screen: at 1280 × 800 the body text is at least 28 px, nothing
// of the site is around it but the quick exit, and the button forward is always in view; at 320 px
// no topic scrolls sideways; the arrow-key tip shows only where there is a keyboard.
// The quick exit on the right edge of the view's column, boxes to tick and organisation
// names that grow with the type, a full-screen mode (or its fallback) in which the quick exit still
// works, and a help finder about the client that does not ask for whom again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/content/load.ts';
import { tFor } from '../../src/i18n/all.ts';
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import { launch, stubOutsideSites, useBrowserAndServer } from './harness.ts';
import { hollowBullets } from './layout.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

const app = useBrowserAndServer();
const content = loadContent('content');
const indicators = Object.values(content.indicators);
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
    const r = document.querySelector('.consult .step-nav .button:not(.button--secondary)')!.getBoundingClientRect();
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

/** How far the quick exit's right edge is from the right edge of the view's column (main's content box). */
const quickExitOffset = (page: Page) =>
  page.evaluate(() => {
    const exit = document.querySelector('[data-quick-exit]')!.getBoundingClientRect();
    const main = document.querySelector('main')!;
    const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    return Math.abs(exit.right - column);
  });

/** Boxes to tick or choose that are smaller than 0.8 times the type of their own label. */
const smallInputs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.consult .choice input')]
      .map((input) => {
        const label = parseFloat(getComputedStyle(input.nextElementSibling!).fontSize);
        const box = input.getBoundingClientRect();
        return { name: input.name, label, size: Math.min(box.width, box.height) };
      })
      .filter(({ label, size }) => size < 0.8 * label)
      .map(({ name, label, size }) => `${name}: ${size}px box for ${label}px type`),
  );

/** Organisation cards whose name is smaller than any text under it. */
const smallNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.consult .org-card')].flatMap((card) => {
      const name = card.querySelector('.org-card__name')!;
      const size = parseFloat(getComputedStyle(name).fontSize);
      const larger = [...card.querySelectorAll('*')]
        .filter((el) => !name.contains(el) && el.checkVisibility() && !el.closest('.visually-hidden'))
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) > size + 0.01)
        .map((el) => `"${el.textContent!.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`);
      return larger.length ? [`${name.textContent}: ${size}px, under it ${larger.join(', ')}`] : [];
    }),
  );

/** From the start screen through the help finder to its result, answering "Nee" and ticking the first situation. */
async function finderToResult(page: Page, check: (screen: string) => Promise<string[]>): Promise<string[]> {
  const problems: string[] = [];
  await page.getByRole('button', { name: t('consult.findHelp') }).click();
  const helpFinder = content.helpFinder;
  // About the client, in the client's words, without asking for whom.
  await expect.poll(() => page.locator('.consult h2').textContent()).toBe(helpFinder.danger.question.self[defaultLang]);
  expect(await page.getByText(helpFinder.role.question[defaultLang]).count()).toBe(0);
  expect(await page.getByText(t('consultView.finderIntro')).isVisible()).toBe(true);
  const next = page.getByRole('button', { name: t('finder.next'), exact: true });
  problems.push(...(await check('danger')));
  await page.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
  await next.click();
  await expect.poll(() => page.locator('.consult h2').textContent()).toBe(helpFinder.situations.question[defaultLang]);
  await page.locator('.checklist input[type="checkbox"]').first().check();
  problems.push(...(await check('situations')));
  while (await next.isVisible()) {
    const radio = page.getByRole('radio', { name: t('finder.answer.no'), exact: true });
    if (await radio.isVisible()) await radio.check();
    await next.click();
  }
  await page.locator('.consult .org-card').first().waitFor();
  problems.push(...(await check('result')));
  return problems;
}

describe('Samen kijken, laid out', () => {
  it('at 1280 × 800 and 320 px: quick exit on the column, inputs and names growing with the type, no hollow bullets', async () => {
    const problems: string[] = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 320, height: 640 },
    ]) {
      const page = await app.browser.newPage({ viewport });
      await page.goto(`${app.url}/professionals/samen-kijken/`);
      await page.getByRole('button', { name: t('consult.startIndicators') }).waitFor();
      const at = (screen: string, found: string[]) => found.map((p) => `${viewport.width}px ${screen}: ${p}`);
      const offset = await quickExitOffset(page);
      if (offset > 1) problems.push(`${viewport.width}px: quick exit ${offset}px off the column`);
      problems.push(
        ...(await finderToResult(page, async (screen) => [
          ...at(screen, await smallInputs(page)),
          ...at(screen, await smallNames(page)),
          ...at(screen, (await quickExitOffset(page)) > 1 ? ['quick exit off the column'] : []),
        ])),
      );
      problems.push(
        ...at(
          'result',
          (await hollowBullets(page)).map((b) => `hollow bullet: ${b}`),
        ),
      );
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  /** Opens the view, starts full screen from the keyboard, and says how it looks. */
  async function fullScreen(page: Page) {
    await page.goto(`${app.url}/professionals/samen-kijken/`);
    const button = page.getByRole('button', { name: t('consultView.fullScreen') });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    return {
      button,
      state: await page.evaluate(() => ({
        fullscreen: document.fullscreenElement === document.documentElement,
        titleHidden: !document.querySelector('main h1')!.checkVisibility(),
        exitInView: (() => {
          const r = document.querySelector('[data-quick-exit]')!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
        })(),
      })),
    };
  }

  describe('in the whole browser (full screen as a visitor gets it)', () => {
    let whole: Browser;
    beforeAll(async () => {
      whole = await launch('whole');
    });
    afterAll(() => whole?.close());

    it('full screen from the keyboard; Esc (the browser leaving full screen) ends it; Shift ×3 and the button still leave', async () => {
      for (const how of ['Shift ×3', 'button'] as const) {
        const context = await whole.newContext({ viewport: { width: 1280, height: 800 } });
        await stubOutsideSites(context, app.url);
        const page = await context.newPage();
        const { button, state } = await fullScreen(page);
        expect(state).toEqual({ fullscreen: true, titleHidden: true, exitInView: true });
        if (how === 'Shift ×3') {
          // The browser's Esc leaves full screen: the view follows, and full screen can start again.
          await page.evaluate(() => document.exitFullscreen());
          await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
          expect(await page.locator('main h1').isVisible()).toBe(true);
          await button.click();
          await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
          for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        } else {
          await page.locator('[data-quick-exit]').click();
        }
        await page.waitForURL((url) => url.href === NEUTRAL_SITE || url.href === app.url + NEUTRAL_LOCAL, {
          timeout: 2000,
        });
        await context.close();
      }
    });
  });

  it('where the browser refuses full screen: the fallback hides the page around the view, says so, and the quick exit works', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await stubOutsideSites(context, app.url);
    // As on an iPhone or in a frame that does not allow it.
    await context.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('not allowed'));
    });
    const page = await context.newPage();
    const { button, state } = await fullScreen(page);
    expect(state).toEqual({ fullscreen: false, titleHidden: true, exitInView: true });
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: t('consultView.fullScreenFallback') })
        .isVisible(),
    ).toBe(true);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await button.click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL_SITE, { timeout: 2000 });
    await context.close();
  });
});
