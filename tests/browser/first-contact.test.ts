// From answer to first contact, as the three kinds of visitor would go, from the home page on a
// 360 px touch phone and by keyboard: how many taps to a contact route, whether anything is lost on
// the way, and whether each new question is in view below the sticky bar.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { organisations } from 'virtual:content/organisations';
import { helpFinder } from 'virtual:content/helpFinder';
import { pages } from 'virtual:content/pages';
import { tFor } from '../../src/i18n/all.ts';
import { localePath, paths, planPath } from '../../src/routes.ts';
import { telHref } from '../../src/content/phone.ts';
import { tabTo, useBrowserAndServer } from './harness.ts';
import type { OrganisationId } from '../../src/logic/organisations.ts';
import { relativesContacts } from '../../src/logic/index.ts';

import { defaultLang } from '../../src/i18n/languages.ts';

const app = useBrowserAndServer();
const t = tFor(defaultLang);
const phone = { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } };
const org = (id: OrganisationId) => organisations[id];
const HELP_POINT = org('fier-onder-controle');

type Mode = 'touch' | 'keyboard';

/** Acts as a visitor would, counting every tap or key press that activates something. */
function visitor(page: Page, mode: Mode) {
  let actions = 0;
  return {
    get actions() {
      return actions;
    },
    /** A link or button, by its accessible name (and, for a link, where it goes). */
    async press(name: string, href?: string) {
      actions++;
      if (mode === 'touch')
        return page
          .getByRole('link', { name, exact: true })
          .or(page.getByRole('button', { name, exact: true }))
          .first()
          .tap();
      await tabTo(page, (el) => el.text === name && (href === undefined || el.href === localePath(defaultLang, href)));
      await page.keyboard.press('Enter');
    },
    /** A radio choice: the n-th option (0-based) of the group named `group`. */
    async choose(group: string, n: number) {
      actions++;
      const option = page.locator(`input[name="${group}"]`).nth(n);
      if (mode === 'touch') return option.locator('xpath=..').tap(); // its label
      await tabTo(page, (el) => el.name === group);
      for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
      if (n === 0) await page.keyboard.press('Space');
    },
  };
}

/** A contact route in a card: a way to call or chat, when (hours or "kijk op de website"), what happens next. */
async function expectContactRoute(card: Locator) {
  const contact = card.locator('.org-contact .contacts a[href]').first();
  expect(await contact.isVisible()).toBe(true);
  expect(await contact.getAttribute('href')).toMatch(/^(tel:|https:)/);
  expect(await card.locator('.org-contact .org-lines li').count()).toBeGreaterThan(0);
  expect(await card.locator('.org-happens li').count()).toBeGreaterThan(1);
}

/** Notes the step counter's text with its number left out: what stays must be the same total. */
async function noteStep(page: Page, totals: string[]) {
  totals.push(((await page.locator('.step-count').textContent()) ?? '').replace(/\d+/, 'n'));
}

describe.each<[string, Mode]>([
  ['on a 360 px touch phone', 'touch'],
  ['by keyboard', 'keyboard'],
])('first contact %s', (_name, mode) => {
  it.each<[string, 0 | 1]>([
    ['someone in doubt about their own group', 0],
    ['a relative with no special situation', 1],
  ])(
    "%s reaches Onder Controle's contact route, hours and what happens next in at most 6 actions",
    async (_who, roleIndex) => {
      const context = await app.browser.newContext(mode === 'touch' ? phone : {});
      const page = await context.newPage();
      await page.goto(`${app.url}/`);
      const you = visitor(page, mode);

      await you.press(t('nav.helpFinder'), paths.helpFinder);
      await page.waitForSelector('form.finder');
      await you.choose('role', roleIndex);
      const totals: string[] = [];
      for (let i = 0; i < 3; i++) {
        await noteStep(page, totals);
        await you.press(t('finder.next'));
      }

      await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).waitFor();
      expect(you.actions).toBeLessThanOrEqual(6);
      expect(new Set(totals).size, `step counter: ${totals.join(' / ')}`).toBe(1);
      const card = page.locator('.result-card').filter({ hasText: HELP_POINT.name[defaultLang] }).first();
      await expectContactRoute(card);
      if (roleIndex === 1) {
        expect(await page.locator(`a[href="${localePath(defaultLang, paths.relatives)}"]`).count()).toBeGreaterThan(0);
      }
      await context.close();
    },
  );
});

/** Whether an element lies wholly inside the first screen (the viewport as it is now). */
async function onFirstScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/**
 * The voice every result for a person in doubt or a relative opens with: Veilig Thuis's number with when
 * it answers, and Onder Controle's chat with the way to it, each within the first screen.
 */
async function expectVoiceOnFirstScreen(page: Page) {
  const line = org('veilig-thuis');
  const number = line.contact.find((c) => c.type === 'phone')!.value;
  const entry = (name: string) => page.locator('.urgent-list > li').filter({ hasText: name }).first();
  const call = entry(line.name[defaultLang]).locator(`a[href="${telHref(number)}"]`);
  const when = entry(line.name[defaultLang]).locator('.org-when li').first();
  const chat = entry(HELP_POINT.name[defaultLang]).locator(`a[href="${HELP_POINT.contact[0]!.value}"]`);
  const route = entry(HELP_POINT.name[defaultLang]).locator('.org-find');
  for (const [what, target] of [
    ['the call button', call],
    ['when it answers', when],
    ['the chat', chat],
    ["the chat's route", route],
  ] as const) {
    expect(await onFirstScreen(page, target), what).toBe(true);
  }
  const hours = line.hours[0]!;
  expect(await when.textContent()).toContain('open' in hours ? t('organisations.hoursOpen') : hours.text[defaultLang]);
}

describe('a voice on the first screen of every result, at 360 px', () => {
  it.each<[string, 'self' | 'relative']>([
    ['someone in doubt', 'self'],
    ['a relative', 'relative'],
  ])('%s, help finder: a number with its hours and the chat route', async (_who, role) => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}${paths.helpFinder}`);
    await page.locator(`label:has(input[name="role"][value="${role}"])`).tap();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: t('finder.next'), exact: true }).tap();
    await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).waitFor();
    await expectVoiceOnFirstScreen(page);
    await context.close();
  });

  it.each<[string, 'self' | 'relative']>([
    ['someone in doubt', 'self'],
    ['a relative', 'relative'],
  ])('%s, self-check: a number with its hours and the chat route, before the recap', async (_who, route) => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}${paths.selfCheck}`);
    await page.locator(`label:has(input[name="route"][value="${route}"])`).tap();
    await page.getByRole('button', { name: t('selfCheck.start') }).tap();
    const finish = page.getByRole('button', { name: t('selfCheck.finish') });
    while (!(await finish.isVisible())) await page.getByRole('button', { name: t('selfCheck.skip') }).tap();
    await page.getByRole('button', { name: t('selfCheck.skip') }).tap();
    await page.getByRole('heading', { level: 3, name: t('selfCheck.recognisedTitle') }).waitFor();
    await expectVoiceOnFirstScreen(page);
    await context.close();
  });

  it('danger now: 112 and Veilig Thuis as help for now, each number on the first screen, then the leaving-tonight block', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}${paths.helpFinder}`);
    await page.locator('label:has(input[name="role"][value="self"])').tap();
    await page.getByRole('button', { name: t('finder.next'), exact: true }).tap();
    await page.locator('input[name="danger"][value="yes"]').locator('xpath=..').tap();
    const result = page.getByRole('heading', { level: 2, name: t('finder.resultTitle') });
    while (!(await result.isVisible())) await page.getByRole('button', { name: t('finder.next'), exact: true }).tap();

    const urgent = page.locator('.panel--urgent');
    for (const id of ['alarmnummer-112', 'veilig-thuis'] as const) {
      const number = org(id).contact.find((c) => c.type === 'phone')!.value;
      expect(await onFirstScreen(page, urgent.locator(`a[href="${telHref(number)}"]`)), id).toBe(true);
    }
    const leaving = page.locator('[data-leaving-tonight]');
    expect(await leaving.count()).toBe(1);
    // It does not repeat the help for now above it.
    expect(await leaving.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await leaving.locator(`a[href="${localePath(defaultLang, planPath('leaveNow'))}"]`).count()).toBe(1);
    await context.close();
  });
});

describe('Voor naasten', () => {
  it('a relative finds a way to call or chat with each organisation the page names, before its first section', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}${paths.relatives}`);
    const firstSection = page.locator(`#${pages.naasten.sections[0]!.id}`);
    const sectionTop = (await firstSection.boundingBox())!.y;
    for (const id of relativesContacts) {
      const contact = org(id).contact[0]!;
      const href = contact.type === 'phone' ? telHref(contact.value) : contact.value;
      const link = page.locator(`a[href="${href}"]`).first();
      expect((await link.boundingBox())!.y, id).toBeLessThan(sectionTop);
    }
    await context.close();
  });
});

describe('first contact for a professional', () => {
  it("with a child in danger reaches Veilig Thuis's number in at most 6 taps", async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const you = visitor(page, 'touch');
    const number = org('veilig-thuis').contact.find((c) => c.type === 'phone')!.value;

    await you.press(t('nav.professionals'), paths.professionals);
    await page.waitForURL(`${app.url}${paths.professionals}`);

    const call = page.locator(`a[href="${telHref(number)}"]`).first();
    expect(await call.isVisible()).toBe(true);
    expect(you.actions).toBeLessThanOrEqual(6);
    await context.close();
  });

  it('in the help finder gets Veilig Thuis first, with its number', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}/hulpwijzer/`);
    const you = visitor(page, 'touch');
    const totals: string[] = [];
    await you.choose('role', 2);
    await noteStep(page, totals);
    await you.press(t('finder.next'));
    await noteStep(page, totals);
    await you.press(t('finder.next'));
    await noteStep(page, totals);
    await page.locator('label:has(input[name="minorInvolved"])').tap();
    await you.press(t('finder.next'));
    await noteStep(page, totals); // reporting: a child not safe may be a crime
    await you.press(t('finder.next'));

    expect(new Set(totals).size, `step counter: ${totals.join(' / ')}`).toBe(1);
    const first = page.locator('.result-card').first();
    expect(await first.locator('.org-card__name').textContent()).toBe(org('veilig-thuis').name[defaultLang]);
    await expectContactRoute(first);
    await context.close();
  });
});

describe('nothing is lost on the way', () => {
  async function toResult(page: Page) {
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.locator('label:has(input[name="role"][value="self"])').tap();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: t('finder.next'), exact: true }).tap();
    await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).waitFor();
  }

  it('reading more about an organisation opens inside the result, which stays', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await toResult(page);

    await page
      .getByText(t('organisations.more', { name: HELP_POINT.name[defaultLang] }))
      .first()
      .tap();

    expect(await page.locator('.result-card details[open]').count()).toBe(1);
    expect(page.url()).toBe(`${app.url}/hulpwijzer/`);
    expect(await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).isVisible()).toBe(true);
    await context.close();
  });

  it('a link to another page of the app asks first, inline, with focus on staying; staying keeps the result', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await toResult(page);

    await page.getByRole('link', { name: t('nav.organisations'), exact: true }).tap();

    const ask = page
      .getByRole('group', { name: /\S/ })
      .filter({ has: page.getByRole('button', { name: t('leaveGuard.stay') }) });
    expect(await ask.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('leaveGuard.stay'));
    expect(page.url()).toBe(`${app.url}/hulpwijzer/`);
    await page.getByRole('button', { name: t('leaveGuard.stay') }).tap();
    expect(await ask.count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).count()).toBe(1);

    await page.getByRole('link', { name: t('nav.organisations'), exact: true }).tap();
    await page.getByRole('link', { name: t('leaveGuard.leave') }).tap();
    await page.waitForURL(`${app.url}${paths.organisations}`);
    await context.close();
  });

  it('a link to another website asks first, naming the site; staying keeps the result, going goes there', async () => {
    const context = await app.browser.newContext(phone);
    const site = new URL(HELP_POINT.contact[0]!.value);
    await context.route(`${site.origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Buiten</title><h1>Een andere website</h1>' }),
    );
    const page = await context.newPage();
    await toResult(page);
    const name = site.hostname.replace(/^www\./, '');
    const chat = page.locator(`.urgent-list a[href="${HELP_POINT.contact[0]!.value}"]`).first();

    await chat.tap();
    const ask = page.getByRole('group', { name: t('leaveGuard.questionOutside', { site: name }) });
    expect(await ask.isVisible()).toBe(true);
    expect(page.url()).toBe(`${app.url}${paths.helpFinder}`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('leaveGuard.stay'));
    await page.getByRole('button', { name: t('leaveGuard.stay') }).tap();
    expect(await page.getByRole('heading', { level: 2, name: t('finder.resultTitle') }).count()).toBe(1);

    await chat.tap();
    await page.getByRole('link', { name: t('leaveGuard.leaveOutside', { site: name }) }).tap();
    await page.waitForURL(site.href);
    await context.close();
  });

  it('a call button never asks', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await toResult(page);
    const number = org('veilig-thuis').contact.find((c) => c.type === 'phone')!.value;
    // A tel: link cannot be followed here; what matters is that nothing stops it and nothing asks.
    const prevented = await page.evaluate((href) => {
      const link = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!;
      let stopped = true;
      addEventListener('click', (e) => ((stopped = e.defaultPrevented), e.preventDefault()), { once: true });
      link.click();
      return stopped;
    }, telHref(number));
    expect(prevented).toBe(false);
    expect(await page.locator('[data-leave-guard]').count()).toBe(0);
    await context.close();
  });

  it('the quick exit never asks, also with answers', async () => {
    const context = await app.browser.newContext(phone);
    await context.route('https://**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weer</title>' }),
    );
    const page = await context.newPage();
    await toResult(page);

    await page.locator('[data-quick-exit]').tap();

    await page.waitForURL((url) => !url.href.startsWith(app.url), { timeout: 2000 });
    await context.close();
  });

  it('"Terug" at question 11 of the self-check goes to question 10, with every answer kept', async () => {
    const context = await app.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${app.url}/zelfcheck/`);
    await page.locator('label:has(input[name="route"][value="self"])').tap();
    await page.getByRole('button', { name: t('selfCheck.start') }).tap();
    const chosen: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.locator('h2.question').waitFor();
      const option = page.locator('form.check input[type="radio"]').nth(i % 4);
      chosen.push(`${await option.getAttribute('name')}=${await option.getAttribute('value')}`);
      await option.locator('xpath=..').tap();
      await page.getByRole('button', { name: t('selfCheck.next') }).tap();
    }
    await page
      .getByText(t('selfCheck.progress', { n: 11, total: 0 }).replace(/\d+$/, '').trim(), { exact: false })
      .first()
      .waitFor();

    await page.getByRole('link', { name: t('nav.back') }).tap();

    expect(page.url()).toBe(`${app.url}/zelfcheck/`);
    const heading = (await page.locator('h2.question').textContent()) ?? '';
    expect(heading.startsWith(t('selfCheck.progress', { n: 10, total: 0 }).replace(/\d+$/, '').trim())).toBe(true);
    const checked = await page
      .locator('form.check input:checked')
      .evaluate((el: HTMLInputElement) => `${el.name}=${el.value}`);
    expect(checked).toBe(chosen[9]);
    await page.getByRole('link', { name: t('nav.back') }).tap();
    expect(
      await page.locator('form.check input:checked').evaluate((el: HTMLInputElement) => `${el.name}=${el.value}`),
    ).toBe(chosen[8]);
    await context.close();
  });
});

describe('calm steps', () => {
  it.each([320, 360])(
    'at %i px, each new question is fully in view below the sticky bar, with focus on it',
    async (width) => {
      const context = await app.browser.newContext({ ...phone, viewport: { width, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${app.url}/hulpwijzer/`);
      await page.locator('label:has(input[name="role"][value="relative"])').tap();
      const label = helpFinder.situations.question[defaultLang];

      for (const expected of [helpFinder.danger.question.relative[defaultLang], label]) {
        const next = page.getByRole('button', { name: t('finder.next'), exact: true });
        await next.scrollIntoViewIfNeeded();
        await next.tap();
        const heading = page.getByRole('heading', { level: 2, name: expected });
        await heading.waitFor();
        const box = (await heading.boundingBox())!;
        const bar = (await page.locator('.top-bar').boundingBox())!;
        expect(box.y, 'under the sticky bar').toBeGreaterThanOrEqual(bar.y + bar.height);
        expect(box.y + box.height, 'below the screen').toBeLessThanOrEqual(640);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(expected);
      }
      await context.close();
    },
  );
});
