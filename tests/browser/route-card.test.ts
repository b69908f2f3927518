// The printed route card: written to the person who takes it home, on one A4, every number
// at least 14 pt and dialable, hours or "kijk op de website", one line of what happens, and Onder
// Controle with how to find its chat. Nothing of the app or of the answers is on it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content/load.ts';
import { telHref } from '../../src/content/phone.ts';
import { tFor } from '../../src/i18n/all.ts';
import { useBrowserAndServer } from './harness.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

const app = useBrowserAndServer();
const { organisations } = loadContent('content');
const t = tFor(defaultLang);
const PT = 96 / 72; // CSS pixels per point

describe('route card', () => {
  it('prints on one A4 page, to the person at home, with large dialable numbers and nothing of the app', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    const next = page.getByRole('button', { name: t('finder.next'), exact: true });
    await page.locator('input[name="role"][value="professional"]').check();
    await next.click();
    await page.getByRole('radio', { name: t('finder.answer.yes'), exact: true }).check();
    await next.click();
    // Many situations at once: the longest card there can be.
    const items = await page
      .locator('.checklist input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).name));
    for (const item of items) await page.locator(`input[name="${item}"]`).check();
    await next.click();
    await page.getByRole('radio', { name: t('finder.answer.yes'), exact: true }).check();
    await next.click();
    await page.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
    await next.click();
    await page.getByRole('button', { name: t('routeCard.print') }).waitFor();

    await page.emulateMedia({ media: 'print' });
    const card = page.locator('.route-card');
    const names = await card.locator('h3').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(8);
    const shown = Object.values(organisations).filter((o) => names.includes(o.name[defaultLang]));
    expect(shown).toHaveLength(names.length);

    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.checkVisibility() && el.children.length === 0 && (el.textContent ?? '').trim())
        .map((el) => (el.textContent ?? '').trim()),
    );
    const text = visible.join('\n');
    expect(text).toContain(t('routeCard.title'));
    expect(text).toContain(t('routeCard.fold'));
    expect(text).not.toMatch(/Snel weg|Verder|Wijzig|Nieuwe versie|Hulpwijzer, naar de startpagina/);
    expect(text).not.toContain(t('finder.changeTitle')); // nothing about the client's answers
    expect(await page.locator('[data-quick-exit]').isVisible()).toBe(false);

    for (const org of shown) {
      const item = card
        .locator('li')
        .filter({ has: page.getByRole('heading', { name: org.name[defaultLang], exact: true }) });
      const itemText = (await item.textContent())!;
      // Every number of the organisation, dialable, at least 14 pt on paper.
      const numbers = item.locator('a[href^="tel:"]');
      expect(await numbers.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        org.contact.filter((c) => c.type === 'phone').map((c) => telHref(c.value)),
      );
      for (const size of await numbers.evaluateAll((as) => as.map((a) => parseFloat(getComputedStyle(a).fontSize)))) {
        expect(size, org.id).toBeGreaterThanOrEqual(14 * PT);
      }
      // Hours, or "kijk op de website", and the first line of what happens.
      for (const h of org.hours)
        expect(itemText, org.id).toContain('open' in h ? t('organisations.hoursOpen') : h.text[defaultLang]);
      expect(itemText, org.id).toContain(org.whatHappens[0]!.text[defaultLang]);
      if (org.howToFind) for (const step of org.howToFind[defaultLang]) expect(itemText, org.id).toContain(step);
    }
    expect(shown.some((o) => o.howToFind)).toBe(true); // Onder Controle is on this card

    expect(await issue20Problems(page)).toEqual([]);
    expect(await pageCount(page)).toBe(1);
    await context.close();
  });

  it('with one or two organisations: large type that fills the A4, still one page', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/hulpwijzer/`);
    await page.waitForSelector('form.finder');
    const next = page.getByRole('button', { name: t('finder.next'), exact: true });
    await page.locator('input[name="role"][value="self"]').check();
    await next.click();
    await page.getByRole('radio', { name: t('finder.answer.no'), exact: true }).check();
    await next.click();
    await next.click(); // nothing ticked
    await page.getByRole('button', { name: t('routeCard.print') }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('.route-card');
    expect(await card.locator('li h3').count()).toBeLessThanOrEqual(2);
    expect(await issue20Problems(page)).toEqual([]);
    const { height, text } = await card.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      text: parseFloat(getComputedStyle(el.querySelector('li p:last-child')!).fontSize),
    }));
    expect(height).toBeGreaterThanOrEqual(250 * MM); // A4 less its margins: the card fills it
    expect(text).toBeGreaterThanOrEqual(12 * PT); // with type to match, not with empty space alone
    expect(await pageCount(page)).toBe(1);
    await context.close();
  });
});

const MM = 96 / 25.4; // CSS pixels per millimetre

/** Pages of the PDF the browser prints. */
async function pageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * On the printed card: every number, 112 too, at least 14 pt; Onder Controle's way to its chat
 * in words (from content), also when the result did not list it; lines for the professional's name,
 * number and next appointment.
 */
async function issue20Problems(page: Page): Promise<string[]> {
  const card = page.locator('.route-card');
  const problems: string[] = [];
  const numbers = await card
    .locator('a[href^="tel:"]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, size: parseFloat(getComputedStyle(a).fontSize) })),
    );
  if (!numbers.some((n) => n.href === 'tel:112')) problems.push('no 112');
  for (const n of numbers) if (n.size < 14 * PT) problems.push(`${n.href} at ${n.size / PT}pt`);
  const text = await card.innerText();
  for (const org of Object.values(organisations))
    for (const step of org.howToFind?.[defaultLang] ?? [])
      if (!text.includes(step)) problems.push(`${org.id}: no "${step}"`);
  for (const line of ['name', 'phone', 'next'] as const) {
    const label = card.locator('.route-card__line').filter({ hasText: t(`routeCardLines.${line}`) });
    const box = (await label.count()) === 1 ? await label.boundingBox() : null;
    if (!box || box.height < 7 * MM) problems.push(`no line to write the ${line} on`);
  }
  return problems;
}
