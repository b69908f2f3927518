// The quality bar every page must hold (issue: professionals and quality): keyboard journeys, focus
// that is visible and never hidden behind the sticky bar, reduced motion, the consultation view and
// the printed route card.
import { tFor } from '../../src/i18n/all.ts';
import { helpFinder } from 'virtual:content/helpFinder';
import { selfCheck } from 'virtual:content/selfCheck';
import { questions } from 'virtual:content/questions';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { describe, expect, it } from 'vitest';
import { localePath, paths } from '../../src/routes.ts';
import { focused, tabTo, useBrowserAndServer, watchConsole } from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

const app = useBrowserAndServer();
const nl = tFor(defaultLang);
const en = tFor(other);

describe('keyboard-only journeys', () => {
  it('home → help finder → result → more about an organisation, inside the result', async () => {
    const page = await app.browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${app.url}/`);
    await tabTo(page, (el) => el.href === localePath(defaultLang, paths.helpFinder));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    await tabTo(page, (el) => el.name === 'role');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // professional
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await focused(page)).text)
      .toBe(helpFinder.danger.question.professional[defaultLang]);
    await tabTo(page, (el) => el.name === 'danger');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe(helpFinder.situations.question[defaultLang]);
    await tabTo(page, (el) => el.text === nl('finder.next'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toBe(nl('finder.resultTitle'));
    const more = nl('organisations.more', { name: organisations['veilig-thuis'].name[defaultLang] });
    await tabTo(page, (el) => el.text === more);
    await page.keyboard.press('Enter');
    expect(await page.locator('details[open] > summary').innerText()).toBe(more);
    expect(page.url()).toBe(`${app.url}/hulpwijzer/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('home → self-check → result', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/${other}/`);
    await tabTo(page, (el) => el.href === localePath(other, paths.selfCheck));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}/${other}/zelfcheck/`);
    await page.waitForSelector('form.check');
    await tabTo(page, (el) => el.name === 'route');
    await page.keyboard.press('ArrowDown'); // about someone else
    await page.keyboard.press('Enter');
    const list = questions.relative;
    for (const [i, q] of list.entries()) {
      await expect
        .poll(async () => (await focused(page)).text)
        .toBe(`${en('selfCheck.progress', { n: i + 1, total: list.length })} ${q.text[other]}`);
      await tabTo(page, (el) => el.text === en('selfCheck.skip'));
      await page.keyboard.press('Enter');
    }
    await expect.poll(async () => (await focused(page)).text).toBe(selfCheck.result.heading[other]);
    await page.close();
  });
});

describe('focus', () => {
  it.each(['/', '/veilig-gebruiken/', '/organisaties/helpwanted/', `/${other}/kenmerken/veiligheid-nu/`])(
    'is visible on every element of %s and never hidden behind the sticky bar, also after scrolling',
    async (url) => {
      const page = await app.browser.newPage({ viewport: { width: 360, height: 640 } });
      await page.goto(app.url + url);
      const count = await page.evaluate(() => document.querySelectorAll('a[href], button:not([hidden]), input').length);
      const problems: string[] = [];
      for (let i = 0; i < count + 1; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          const bar = document.querySelector('.top-bar')!.getBoundingClientRect();
          return {
            label: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`,
            indicator: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            inBar: el.closest('.top-bar') !== null,
            skip: el.classList.contains('skip-link'),
            top: rect.top,
            bottom: rect.bottom,
            barBottom: bar.bottom,
            viewport: innerHeight,
          };
        });
        if (!state) continue;
        if (!state.indicator) problems.push(`${state.label}: no visible focus indicator`);
        if (!state.inBar && !state.skip && state.top < state.barBottom - 1)
          problems.push(`${state.label}: hidden behind the top bar`);
        if (state.bottom > state.viewport + 1 || state.top < 0) problems.push(`${state.label}: outside the viewport`);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

// The app has no motion of its own today. The rule under `prefers-reduced-motion: reduce` must stop any
// motion added later (a transition, an animation, smooth scrolling to the next question): a probe with
// all three, set the way a stylesheet or script would, moves without the preference and stands still
// with it. Every element of a questionnaire in progress is checked too.
describe('reduced motion', () => {
  const probe = () => {
    const el = document.createElement('div');
    el.style.transition = 'opacity 1s';
    el.style.animation = 'probe 1s infinite';
    document.body.append(el);
    const root = document.documentElement;
    root.style.scrollBehavior = 'smooth';
    const style = getComputedStyle(el);
    const moves = {
      transition: style.transitionDuration,
      animation: style.animationName,
      scroll: getComputedStyle(root).scrollBehavior,
    };
    el.remove();
    root.style.scrollBehavior = '';
    return moves;
  };
  const moving = () =>
    [document.documentElement, ...document.querySelectorAll('body *')].flatMap((el) => {
      const style = getComputedStyle(el);
      const moves = [
        style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && `transition ${style.transitionDuration}`,
        style.animationName !== 'none' && `animation ${style.animationName}`,
        style.scrollBehavior === 'smooth' && 'smooth scrolling',
      ].filter(Boolean);
      return moves.length ? [`${el.tagName.toLowerCase()}.${el.className}: ${moves.join(', ')}`] : [];
    });

  it.each([
    ['no-preference', { transition: '1s', animation: 'probe', scroll: 'smooth' }],
    ['reduce', { transition: '0s', animation: 'none', scroll: 'auto' }],
  ] as const)('with %s, motion added to any element is %o', async (reducedMotion, expected) => {
    const context = await app.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    expect(await page.evaluate(probe)).toEqual(expected);
    await context.close();
  });

  it('with reduce, nothing moves while answering questions', async () => {
    const context = await app.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    await page.locator('input[name="role"]').first().check();
    await page.locator('form.finder button[type="submit"]').click();
    await page.waitForSelector('input[name="danger"]');
    expect(await page.evaluate(moving)).toEqual([]);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await context.close();
  });
});

describe('Samen kijken (consultation view)', () => {
  it('shows one topic at a time in large type, steps by arrow keys and buttons, and keeps nothing', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/professionals/samen-kijken/`);
    await page.getByRole('button', { name: nl('consult.startIndicators') }).click();
    await expect.poll(async () => (await focused(page)).text).toBe(Object.values(indicators)[0]!.title[defaultLang]);
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.consult p')!).fontSize)),
    ).toBeGreaterThanOrEqual(20);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused(page)).text).toBe(Object.values(indicators)[1]!.title[defaultLang]);
    expect(await page.getByText(nl('consult.counter', { n: 2, total: Object.keys(indicators).length })).count()).toBe(
      1,
    );
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await focused(page)).text).toBe(Object.values(indicators)[0]!.title[defaultLang]);
    await page.getByRole('button', { name: nl('consult.next') }).click();
    await expect.poll(async () => (await focused(page)).text).toBe(Object.values(indicators)[1]!.title[defaultLang]);
    expect(await page.locator('[data-quick-exit]').isVisible()).toBe(true);
    const stored = await page.evaluate(async () => [
      localStorage.length,
      sessionStorage.length,
      (await indexedDB.databases()).length,
    ]);
    expect(stored).toEqual([0, 0, 0]);
    await context.close();
  });
});
