// The quick exit, proven as a watched visitor would need it: from another site into the app, two
// pages deeper by the app's own links, then out, online and offline, in the browser and in the
// installed display mode (emulated with --app, the only way headless Chromium can show it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { allUrls } from '../../src/routes.ts';
import { tFor } from '../../src/i18n/all.ts';
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';
import {
  chromiumArgs,
  contextWithOfflineCopy,
  executablePath,
  OUTSIDE,
  stubOutsideSites,
  useBrowserAndServer,
  waitForOfflineCopy,
} from './harness.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

const app = useBrowserAndServer();
const nl = tFor(defaultLang);

type Method = 'click' | 'Shift ×3' | 'Esc ×2';
const methods: Method[] = ['click', 'Shift ×3', 'Esc ×2'];

async function exitBy(page: Page, method: Method) {
  if (method === 'click') await page.click('[data-quick-exit]');
  if (method === 'Shift ×3') for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  if (method === 'Esc ×2') for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
}

const isAppPage = (url: string) => url.startsWith(app.url) && !url.endsWith(NEUTRAL_LOCAL);

/** Into the app from another site, then two pages deeper by the app's own links. */
async function walkIntoApp(page: Page, beforeEntering?: () => Promise<void>) {
  await page.goto(OUTSIDE);
  await beforeEntering?.();
  await page.click('#into-app');
  await page.waitForURL(`${app.url}/`);
  await twoPagesDeeper(page);
}

/** From the home page, two pages deeper by the app's own links: history the exit must not leave behind. */
async function twoPagesDeeper(page: Page) {
  await page
    .getByRole('link', { name: nl('nav.safety') })
    .first()
    .click();
  await page.waitForURL(`${app.url}/veilig-gebruiken/`);
  await page.getByRole('link', { name: nl('nav.organisations') }).click();
  await page.waitForURL(`${app.url}/organisaties/`);
}

/**
 * Back leads through the neutral page (the exit gave the app's entry its address) to where the visitor
 * came from, and Forward back to where the exit landed: never to the app.
 */
async function expectAppUnreachable(page: Page, landing: string) {
  await page.goBack().catch(() => undefined);
  expect(isAppPage(page.url()), `Back showed ${page.url()}`).toBe(false);
  if (page.url() !== OUTSIDE) {
    expect(page.url()).toBe(app.url + NEUTRAL_LOCAL);
    await expectNeutralPage(page);
    await page.goBack().catch(() => undefined);
  }
  expect(page.url()).toBe(OUTSIDE);
  await page.goForward().catch(() => undefined);
  await page.goForward().catch(() => undefined);
  expect(isAppPage(page.url()), `Forward showed ${page.url()}`).toBe(false);
  expect(page.url()).toBe(landing);
}

/**
 * In the reruns on other hosts one way out is enough: the button and the two shortcuts run the same code
 * on every host; where the exit lands and what history keeps is what differs (docs/DECISIONS.md, "Which
 * browser tests run where").
 */
const onEveryHost = (method: Method) => (method === methods[0] ? ['host'] : []);

describe.each(methods)('quick exit by %s', (method) => {
  it(
    'online: leaves for the neutral site within a second; neither Back nor Forward shows the app',
    { tags: onEveryHost(method) },
    async () => {
      const context = await app.browser.newContext();
      const neutralVisits = await stubOutsideSites(context, app.url);
      const page = await context.newPage();
      await walkIntoApp(page);

      const started = Date.now();
      await exitBy(page, method);
      await page.waitForURL(NEUTRAL_SITE, { timeout: 1000 });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(neutralVisits).toEqual([NEUTRAL_SITE]);

      await expectAppUnreachable(page, NEUTRAL_SITE);
      await context.close();
    },
  );

  it(
    'offline: lands on the neutral page of the offline copy, which says nothing about the app',
    { tags: onEveryHost(method) },
    async () => {
      const context = await contextWithOfflineCopy(app.browser, app.url);
      await stubOutsideSites(context, app.url);
      const page = await context.newPage();
      await walkIntoApp(page, () => context.setOffline(true));

      const started = Date.now();
      await exitBy(page, method);
      await page.waitForURL(app.url + NEUTRAL_LOCAL, { timeout: 1000 });
      expect(Date.now() - started).toBeLessThan(1000);
      await expectNeutralPage(page);

      await expectAppUnreachable(page, app.url + NEUTRAL_LOCAL);
      await context.close();
    },
  );
});

async function expectNeutralPage(page: Page) {
  const text = `${await page.title()} ${await page.locator('body').innerText()}`;
  expect(text).not.toMatch(/hulp|wijzer|snel weg|112|groep|dwang/i);
  expect(await page.locator('link[rel~="icon"], link[rel="manifest"], script, [data-quick-exit]').count()).toBe(0);
}

describe('quick exit in the installed display mode (emulated with --app)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hulpwijzer-app-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(methods)('by %s', (method) => {
    it(
      'lands on the neutral page of the offline copy, and Back does not return',
      { tags: onEveryHost(method) },
      async () => {
        const context = await chromium.launchPersistentContext(join(dir, method.replace(/\W/g, '')), {
          executablePath,
          headless: true,
          args: [...chromiumArgs, `--app=${app.url}/`],
        });
        const page = context.pages()[0] ?? (await context.waitForEvent('page'));
        await page.waitForURL(`${app.url}/`);
        await page.waitForLoadState('load');
        expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
        await waitForOfflineCopy(page);
        await twoPagesDeeper(page);

        await exitBy(page, method);
        await page.waitForURL(app.url + NEUTRAL_LOCAL, { timeout: 1000 });
        await expectNeutralPage(page);
        await page.goBack().catch(() => undefined);
        expect(isAppPage(page.url()), `Back showed ${page.url()}`).toBe(false);
        await context.close();
      },
    );
  });
});

describe('the shortcuts do not fire by accident', () => {
  it('typing capitals or pressing Esc in a text field does not leave', async () => {
    const context = await app.browser.newContext();
    await stubOutsideSites(context, app.url);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    // The app has no text field on this page yet: add one, as a form later will.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      input.id = 'field';
      input.setAttribute('aria-label', 'veld');
      document.querySelector('main')!.append(input);
    });
    await page.focus('#field');
    for (const letter of ['KeyA', 'KeyB', 'KeyC', 'KeyD']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(letter);
      await page.keyboard.up('Shift');
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${app.url}/`);
    expect(await page.inputValue('#field')).toBe('ABCD');
    await context.close();
  });

  it('shows one dot per Shift press and announces how many presses are left', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/${other}/`);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getAttribute('.quick-exit', 'data-presses')).toBe('1');
    const en = tFor(other);
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(
      en('quickExit.pressesLeft', { count: 2 }),
    );
    await page.keyboard.press('Shift');
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(
      en('quickExit.pressesLeft', { count: 1 }),
    );
    await page.close();
  });
});

// Every page at three sizes in one visit: the viewport changes, the page stays loaded. A phone of
// 320 px and a laptop: the quick exit in view and on top after scrolling to the bottom, at least
// 44 × 44 px, nothing scrolling sideways. 200% zoom on a laptop (640 × 360 CSS pixels, WCAG 1.4.10
// reflow): nothing scrolling sideways.
const sizes = {
  phone: { width: 320, height: 640 },
  laptop: { width: 1280, height: 800 },
  zoom: { width: 640, height: 360 },
} as const;

describe('every page at 320 px, on a laptop and at 200% zoom', () => {
  let page: Page;
  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: sizes.phone });
  });
  afterAll(() => page?.close());

  /** What is wrong with the quick exit control after scrolling to the bottom at this size, and sideways scrolling. */
  async function controlProblems(viewport: { width: number; height: number }): Promise<string[]> {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = await page.locator('[data-quick-exit]').boundingBox();
    if (!box) return ['no quick exit control'];
    const problems: string[] = [];
    if (box.y < 0 || box.y + box.height > viewport.height) problems.push(`out of view: top ${box.y}`);
    if (box.width < 44 || box.height < 44) problems.push(`smaller than 44 × 44 px: ${box.width} × ${box.height}`);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-quick-exit]') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    if (!onTop) problems.push('something covers the quick exit');
    problems.push(...(await sideways(viewport.width)));
    return problems;
  }

  /** Sideways scrolling at the viewport as it is now. */
  async function sideways(width: number): Promise<string[]> {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    return scrollWidth > width ? [`scrolls sideways: ${scrollWidth} px wide`] : [];
  }

  it.each(allUrls())(
    '%s: the quick exit stays in view and uncovered after scrolling, at least 44 × 44 px; nothing scrolls sideways',
    async (url) => {
      await page.setViewportSize(sizes.phone);
      await page.goto(app.url + url);
      expect(await controlProblems(sizes.phone), 'at 320 px').toEqual([]);
      expect(await controlProblems(sizes.laptop), 'on a laptop').toEqual([]);
      await page.setViewportSize(sizes.zoom);
      expect(await sideways(sizes.zoom.width), 'at 200% zoom').toEqual([]);
    },
  );
});

describe('the quick exit control', () => {
  it('comes first in the tab order after the skip link, with a name that says it leaves at once', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/veilig-gebruiken/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl('skipLink'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      nl('quickExit.accessibleName'),
    );
    await page.close();
  });
});

/** The self-check about oneself with `answered` questions answered: a page with answers to lose. */
async function midQuestionnaire(page: Page, answered: number) {
  await page.goto(`${app.url}/zelfcheck/`);
  await page.locator('input[name="route"][value="self"]').check();
  await page.locator('form.check button[type="submit"]').click();
  for (let i = 0; i < answered; i++) {
    await page.locator('h2.question').waitFor();
    await page.locator('form.check input[type="radio"]').nth(2).check();
    await page.locator('form.check button[type="submit"]').first().click();
  }
  await page.locator('h2.question').waitFor();
  await page.locator('form.check input[type="radio"]').first().check(); // the answer being given now
}

interface FirstFrame {
  /** At the centre of every visible part of the app, what is on top is not the app (but the cover). */
  appCovered: boolean;
  answerKept: boolean;
  navigationStarted: boolean;
}

interface AtDeparture {
  announcement: string;
  announcementShown: boolean;
  /** Frames that began after the announcement and before the navigation started. */
  framesAnnounced: number;
  title: string;
  answerKept: boolean;
}

interface ExitWatch {
  firstFrame: FirstFrame;
  atDeparture: AtDeparture;
}

/**
 * Reports what the first frame after the exit starts shows (the test's own animation-frame callback
 * is queued the moment the page is marked as exiting, so it runs in that frame, before its paint),
 * and what the page says and holds at the moment the navigation starts.
 */
async function watchExit(page: Page): Promise<() => Promise<ExitWatch>> {
  const seen: Partial<ExitWatch> = {};
  let resolve!: (watch: ExitWatch) => void;
  const reported = new Promise<ExitWatch>((r) => (resolve = r));
  await page.exposeFunction('reportExit', (part: Partial<ExitWatch>) => {
    Object.assign(seen, part);
    if (seen.firstFrame && seen.atDeparture) resolve(seen as ExitWatch);
  });
  await page.addInitScript(() => {
    const report = (part: Partial<ExitWatch>) =>
      (window as unknown as { reportExit: (part: Partial<ExitWatch>) => void }).reportExit(part);
    const status = () => document.querySelector<HTMLElement>('[data-quick-exit-status]');
    const answerKept = () => document.querySelector('form.check input:checked') !== null;
    let navigationStarted = false;
    let framesAnnounced = 0;
    let counting = false;
    const countFrames = (): number => requestAnimationFrame(() => (framesAnnounced++, countFrames()));
    addEventListener('beforeunload', () => {
      navigationStarted = true;
      report({
        atDeparture: {
          announcement: status()?.textContent ?? '',
          announcementShown: status() !== null && getComputedStyle(status()!).display !== 'none',
          framesAnnounced,
          title: document.title,
          answerKept: answerKept(),
        },
      });
    });
    // Both observe the document, not <html>: this runs before <html> exists.
    // Counts frames from the moment the live region speaks during the exit (not the Shift count's words).
    new MutationObserver((records) => {
      if (counting || !document.documentElement.classList.contains('exiting')) return;
      const inStatus = (node: Node) =>
        (node instanceof Element ? node : node.parentElement)?.closest('[data-quick-exit-status]') instanceof Element;
      if (!records.some((r) => inStatus(r.target))) return;
      counting = true;
      countFrames();
    }).observe(document, { characterData: true, childList: true, subtree: true });
    new MutationObserver((_, observer) => {
      if (!document.documentElement.classList.contains('exiting')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const app = document.querySelectorAll('body *:not(script, [data-quick-exit-status])');
        const centres = [...app]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)
          .map((r) => [r.left + r.width / 2, Math.min(r.top + r.height / 2, innerHeight - 1)] as const);
        report({
          firstFrame: {
            appCovered:
              centres.length > 0 &&
              centres.every(([x, y]) => {
                const top = document.elementFromPoint(x, y);
                return top === null || top === document.documentElement; // the cover belongs to <html>
              }),
            answerKept: answerKept(),
            navigationStarted,
          },
        });
      });
    }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  return () => reported;
}

describe("quick exit on a slow phone, with GOV.UK's announcements", () => {
  it.each(methods)(
    'by %s: the first frame is blank; then it says "loading" for at least a frame, forgets the answers and leaves',
    async (method) => {
      const t = tFor(defaultLang);
      const context = await app.browser.newContext();
      await stubOutsideSites(context, app.url);
      const page = await context.newPage();
      const watched = await watchExit(page);
      await midQuestionnaire(page, 3);

      await exitBy(page, method);

      const { firstFrame, atDeparture } = (await Promise.race([watched(), page.waitForTimeout(3000)])) ?? {};
      expect(firstFrame).toEqual({
        appCovered: true,
        answerKept: true, // forgetting re-renders the questionnaire: it waits until the blank frame is painted
        navigationStarted: false,
      });
      expect(atDeparture).toEqual({
        announcement: t('quickExit.leaving'),
        announcementShown: true,
        framesAnnounced: expect.any(Number),
        title: t('quickExit.neutralTitle'),
        answerKept: false,
      });
      expect(atDeparture?.framesAnnounced).toBeGreaterThanOrEqual(1); // rendered before the page is left
      await page.waitForURL(NEUTRAL_SITE, { timeout: 2000 });
      await context.close();
    },
  );

  it('Shift+Tab between Shift presses starts the count again: no exit, answers kept', async () => {
    const context = await app.browser.newContext();
    const neutralVisits = await stubOutsideSites(context, app.url);
    const page = await context.newPage();
    await midQuestionnaire(page, 3);

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(500);

    expect(neutralVisits).toEqual([]);
    expect(page.url()).toBe(`${app.url}/zelfcheck/`);
    expect(await page.getAttribute('.quick-exit', 'data-presses')).toBe('1');
    expect(await page.locator('form.check input:checked').count()).toBe(1);
    await context.close();
  });

  it('says so when the Shift count runs out', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.url}/${other}/`);

    await page.keyboard.press('Shift');
    await page.waitForTimeout(5300);

    expect(await page.getAttribute('.quick-exit', 'data-presses')).toBe('0');
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(tFor(other)('quickExit.expired'));
    await page.close();
  });
});
