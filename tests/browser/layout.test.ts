// Layout a careful designer would ship, measured on the production build: after every
// step change, the skip link and a jump within the page, the step's label and its question stand clear
// of the sticky bar and inside the screen (at 320 and 360 px and on a desktop); "Vorige" left of
// "Volgende" with room between them, a skipping button apart; no hollow bullets inside cards.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { questions } from 'virtual:content/questions';
import { tFor } from '../../src/i18n/all.ts';
import { useBrowserAndServer } from './harness.ts';
import { hollowBullets } from './layout.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

const app = useBrowserAndServer();
const t = tFor(defaultLang);

const widths = [
  { name: '320 px', viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
  { name: '360 px', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;

async function open(width: (typeof widths)[number], path: string): Promise<Page> {
  const { viewport, isMobile, hasTouch } = width;
  const context = await app.browser.newContext({ viewport, isMobile, hasTouch });
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  return page;
}

/**
 * What of the current step is under the sticky bar or below the screen: the focused heading (focus
 * follows the step) and the step's label ("Stap 2 van …", "Vraag 3 van …").
 */
const stepHidden = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.top-bar')!.getBoundingClientRect().bottom;
    const heading = document.activeElement as HTMLElement;
    if (!/^H[1-3]$/.test(heading.tagName)) return [`focus on ${heading.tagName}, not a heading`];
    const step = heading.closest('[data-step]') ?? heading;
    const parts = [
      heading,
      ...step.querySelectorAll<HTMLElement>('.step-count, .question__progress, .consult__counter'),
    ];
    return parts
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.top < bar || r.bottom > innerHeight)
      .map(({ el, r }) => `"${el.textContent!.trim().slice(0, 40)}" from ${r.top} to ${r.bottom}, bar ends at ${bar}`);
  });

/** Waits until focus is on a heading other than `before`, then measures the step. */
async function afterStep(page: Page, before: string): Promise<string[]> {
  await expect
    .poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`))
    .toMatch(/^H[1-3] /);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).not.toBe(before);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return stepHidden(page);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/**
 * The step's buttons: "Vorige" left of the forward button on the same row with at least 8 px between
 * them, the skipping button not between them, and no two buttons touching.
 */
const navProblems = (page: Page, names: { previous: string; next: string; skip?: string }) =>
  page.evaluate(({ previous, next, skip }) => {
    const nav = document.activeElement!.closest('[data-step]')!.querySelector('.step-nav')!;
    const buttons = [...nav.querySelectorAll('button')].filter((b) => b.checkVisibility());
    const box = (name: string) => buttons.find((b) => b.textContent!.trim() === name)?.getBoundingClientRect();
    const problems: string[] = [];
    const p = box(previous);
    const n = box(next);
    if (!p || !n) return [`no ${p ? next : previous}`];
    if (Math.abs(p.top - n.top) > 1) problems.push(`${previous} and ${next} on different rows`);
    if (p.right + 8 > n.left) problems.push(`${previous} not left of ${next} with room (${p.right}, ${n.left})`);
    if (skip) {
      const s = box(skip);
      if (!s) problems.push(`no ${skip}`);
      else if (!(s.top >= n.bottom || s.left >= n.right + 32)) problems.push(`${skip} not apart from ${next}`);
    }
    const rects = buttons.map((b) => b.getBoundingClientRect());
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        const apart = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        if (apart < 8) problems.push(`buttons ${apart}px apart`);
      }),
    );
    return problems;
  }, names);

describe.each(widths)('at $name', (width) => {
  it('help finder: every step, "Vorige" and the result clear of the sticky bar; buttons in one order', async () => {
    const page = await open(width, '/hulpwijzer/');
    await page.waitForSelector('form.finder');
    const names = { previous: t('finder.previous'), next: t('finder.next'), skip: t('finder.skipScreen') };
    const next = page.getByRole('button', { name: names.next, exact: true });
    const problems: string[] = [];
    const step = async (name: string, act: () => Promise<void>) => {
      const before = await focusedText(page);
      await act();
      problems.push(...(await afterStep(page, before)).map((p) => `${name}: ${p}`));
    };
    await page.locator('input[name="role"][value="self"]').check();
    await step('danger', () => next.click());
    problems.push(...(await navProblems(page, { previous: names.previous, next: names.next })));
    await page.getByRole('radio', { name: t('finder.answer.yes'), exact: true }).check();
    await step('situations', () => next.click());
    for (const box of await page.locator('.checklist input[type="checkbox"]').all()) await box.check();
    problems.push(...(await navProblems(page, names)));
    await step('report', () => next.click());
    await step('back to situations', () => page.getByRole('button', { name: names.previous, exact: true }).click());
    await step('report again', () => next.click());
    await page.getByRole('radio', { name: t('finder.answer.yes'), exact: true }).check();
    await step('anonymous', () => next.click());
    await page.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
    await step('result', () => next.click());
    expect(problems).toEqual([]);
    expect(await hollowBullets(page)).toEqual([]);
    await page.context().close();
  });

  it('self-check: every question, "Vorige" and the result clear of the sticky bar; buttons in one order', async () => {
    const page = await open(width, '/zelfcheck/');
    await page.waitForSelector('form.check');
    const names = { previous: t('selfCheck.previous'), next: t('selfCheck.next'), skip: t('selfCheck.skip') };
    const problems: string[] = [];
    const step = async (name: string, act: () => Promise<void>) => {
      const before = await focusedText(page);
      await act();
      problems.push(...(await afterStep(page, before)).map((p) => `${name}: ${p}`));
    };
    await page.locator('input[name="route"][value="self"]').check();
    await step('question 1', () => page.locator('form.check button[type="submit"]').click());
    const total = questions.self.length;
    for (let i = 1; i < total; i++) {
      problems.push(...(await navProblems(page, names)).map((p) => `question ${i}: ${p}`));
      await page.locator('form.check input[type="radio"]').first().check(); // "Ja": the longest screen
      await step(`question ${i + 1}`, () => page.getByRole('button', { name: names.next, exact: true }).click());
      if (i === 2)
        await step('back to 2', () => page.getByRole('button', { name: names.previous, exact: true }).click());
      if (i === 2)
        await step('question 3 again', () => page.getByRole('button', { name: names.next, exact: true }).click());
    }
    await step('result', () => page.getByRole('button', { name: t('selfCheck.finish'), exact: true }).click());
    expect(problems).toEqual([]);
    expect(await hollowBullets(page)).toEqual([]);
    await page.context().close();
  });

  it('the skip link, from the bottom of the page, leaves the first heading clear of the sticky bar', async () => {
    const problems: string[] = [];
    for (const path of ['/hulpwijzer/', '/zelfcheck/', '/professionals/']) {
      const page = await open(width, path);
      await page.waitForSelector('[data-island] form, main h2');
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.keyboard.press('Tab'); // the skip link is the first stop
      expect(await focusedText(page)).toBe(t('skipLink'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const found = await page.evaluate(() => {
        const bar = document.querySelector('.top-bar')!.getBoundingClientRect().bottom;
        const r = document.querySelector('main h1')!.getBoundingClientRect();
        return r.top < bar || r.bottom > innerHeight ? [`h1 from ${r.top} to ${r.bottom}, bar ends at ${bar}`] : [];
      });
      problems.push(...found.map((p) => `${path}: ${p}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('a link in the contents list leaves its heading clear of the sticky bar', async () => {
    const page = await open(width, '/professionals/');
    const links = await page
      .locator('.contents a[href^="#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const href of links) {
      await page.evaluate(() => scrollTo(0, 0));
      await page.locator(`.contents a[href="${href}"]`).click();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const found = await page.evaluate((id) => {
        const bar = document.querySelector('.top-bar')!.getBoundingClientRect().bottom;
        const r = document.getElementById(decodeURIComponent(id.slice(1)))!.getBoundingClientRect();
        const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight; // cannot scroll further
        return r.top < bar || (!atEnd && r.top > bar + 40) ? [`${id} at ${r.top}, bar ends at ${bar}`] : [];
      }, href);
      problems.push(...found);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
